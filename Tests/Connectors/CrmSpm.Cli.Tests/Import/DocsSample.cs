using System.Globalization;
using CrmSpm.Cli.Import.Mapping;

namespace CrmSpm.Cli.Tests.Import;

/// <summary>
/// Regenerates docs/samples (a small Salesforce report export from the simulator, seed 21) when run by name:
/// <c>dotnet test Tests/Connectors/CrmSpm.Cli.Tests --filter Name=WriteDocsSample</c>. Explicit: a test run never writes
/// into the repository.
/// </summary>
public class DocsSample : ImportTestBase
{
    [Test]
    [Explicit("Writes docs/samples; run by name to regenerate them.")]
    public void WriteDocsSample()
    {
        var mapping = MappingFile.Load(RepositoryFile(Path.Combine("docs", "mappings", "salesforce-report.json")));
        SnapshotCsv.Write(Generated(seed: 21, reps: 3, dealsPerRep: 30), mapping, CultureInfo.GetCultureInfo("en-US"), RepositoryFile(Path.Combine("docs", "samples")));
        Assert.That(File.Exists(RepositoryFile(Path.Combine("docs", "samples", "opportunities.csv"))));
    }
}
