namespace CrmSpm.Salesforce.Tests.Support;

/// <summary>
/// Finds ../shared beside the repository: walks up from the test assembly to the folder holding
/// CrmSpm.sln (the same in a developer tree and in CI's clone).
/// </summary>
public static class SharedFolder
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "CrmSpm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new DirectoryNotFoundException($"No CrmSpm.sln above {AppContext.BaseDirectory}.");
    }

    public static string Path(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(new[] { RepositoryRoot(), "..", "shared" }.Concat(parts).ToArray()));

    public static string RestforceFixture(string relativePath) =>
        File.ReadAllText(Path(new[] { "salesforce", "fixtures", "restforce" }.Concat(relativePath.Split('/')).ToArray()));
}
