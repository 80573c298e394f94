using System.Xml.Linq;

namespace CrmSpm.Salesforce.Emulator.Support;

/// <summary>Reads the SFDX source in Solution/Salesforce: the emulator takes its custom fields from it, so the
/// connector can only write fields that the deployed metadata really has.</summary>
public static class SfdxSource
{
    public static readonly XNamespace Metadata = "http://soap.sforce.com/2006/04/metadata";

    public static string ProjectFolder => Path.Combine(RepositoryRoot(), "Solution", "Salesforce");

    /// <summary>The folder holding CrmSpm.sln, found by walking up from the running assembly.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CrmSpm.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException($"No CrmSpm.sln above {AppContext.BaseDirectory}.");
    }

    public static string DefaultFolder => Path.Combine(ProjectFolder, "force-app", "main", "default");

    /// <summary>Custom field documents of an object folder (Activity holds the Task and Event fields).</summary>
    public static IReadOnlyList<XDocument> CustomFields(string objectFolder)
    {
        var folder = Path.Combine(DefaultFolder, "objects", objectFolder, "fields");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.field-meta.xml").OrderBy(f => f, StringComparer.Ordinal).Select(XDocument.Load).ToList()
            : new List<XDocument>();
    }

    public static IReadOnlyList<string> CustomFieldNames(string objectFolder) =>
        CustomFields(objectFolder).Select(d => d.Root!.Element(Metadata + "fullName")!.Value).ToList();
}
