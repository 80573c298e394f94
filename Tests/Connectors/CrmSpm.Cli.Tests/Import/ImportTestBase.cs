using System.CommandLine;
using System.Globalization;
using CrmSpm.Cli.Commands;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Model;
using CrmSpm.Core.Simulation;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>Runs <c>import</c> and <c>evaluate</c> as the command line does, with stdout and stderr kept apart, on CSVs written from generated orgs.</summary>
public abstract class ImportTestBase : CliTestBase
{
    protected string Directory { get; private set; } = "";

    [SetUp]
    public void CreateDirectory() => Directory = System.IO.Directory.CreateTempSubdirectory("crmspm-cli-").FullName;

    [TearDown]
    public void DeleteDirectory() => System.IO.Directory.Delete(Directory, recursive: true);

    protected static (int ExitCode, string Output, string Error) RunCli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = PlainConsole(output);
        var root = new RootCommand("test");
        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(EvaluateCommand.Create(console));
        var exitCode = Commands.CommandLine.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A generated org ("now" 2026-11-15), as Core's simulator makes it.</summary>
    protected static OrgSnapshot Generated(int seed, int reps, int dealsPerRep) =>
        new SalesOrgGenerator(new GeneratorOptions { Seed = seed, Reps = reps, OpportunitiesPerRep = dealsPerRep, Now = Now }).Generate();

    protected ImportPaths WriteCsv(OrgSnapshot org, ImportMapping mapping, string culture, string folder = "export") =>
        SnapshotCsv.Write(org, mapping, culture == "invariant" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture), Path.Combine(Directory, folder));

    /// <summary>A file of the repository (the shipped mappings), found above the test's output folder.</summary>
    protected static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CrmSpm.sln")))
            {
                return Path.Combine(folder.FullName, relative);
            }
        }

        throw new FileNotFoundException("CrmSpm.sln not found above " + AppContext.BaseDirectory);
    }
}
