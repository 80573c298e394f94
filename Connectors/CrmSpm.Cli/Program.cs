using System.CommandLine;
using CrmSpm.Cli.Commands;

// The `crmspm` command line. Each command lives in its own class under Commands/; add one line here per command.
var root = new RootCommand("CrmSpm: sales performance scoring and coaching for Dynamics 365 and Salesforce.");
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(SalesforceCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
return CrmSpm.Cli.Commands.CommandLine.Invoke(root, args);
