// AuditForms
