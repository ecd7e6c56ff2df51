// CaseListTests
