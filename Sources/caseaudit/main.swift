import CaseAuditCLI
import Foundation

exit(CaseAudit.main(arguments: CommandLine.arguments))
