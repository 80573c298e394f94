namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>Where the web resources and the test's own browser files are on disk.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository's WebResources folder, found by walking up from the test output.</summary>
    public static string WebResources { get; } = FindWebResources();

    /// <summary>The fake form and fake Xrm copied next to the test assembly.</summary>
    public static string FakeXrm { get; } = Path.Combine(AppContext.BaseDirectory, "FakeXrm");

    /// <summary>The Web API response fixtures copied next to the test assembly.</summary>
    public static string Fixtures { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static string FindWebResources()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "WebResources", "crmspm_");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(directory.FullName, "WebResources");
            }
        }

        throw new DirectoryNotFoundException($"No WebResources/crmspm_ folder above {AppContext.BaseDirectory}.");
    }
}
