// AuditFormsTests
