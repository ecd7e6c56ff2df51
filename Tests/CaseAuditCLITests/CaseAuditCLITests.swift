// CaseAuditCLITests
