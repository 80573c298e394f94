namespace CrmSpm.Salesforce.Tests.Support;

/// <summary>
/// Files the tests read from the repository: the recorded responses under Fixtures/ are copied to the test
/// output folder by the project file, so a plain clone has everything it needs.
/// </summary>
public static class RepositoryFiles
{
    public static string RestforceFixture(string relativePath) =>
        File.ReadAllText(Path.Combine(new[] { AppContext.BaseDirectory, "Fixtures", "restforce" }.Concat(relativePath.Split('/')).ToArray()));
}
