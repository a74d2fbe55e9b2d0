import Foundation

exit(HelderCommand.run(Array(CommandLine.arguments.dropFirst())).rawValue)
