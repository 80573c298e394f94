using System.Xml.Linq;

namespace CrmSpm.Architecture.Tests;

/// <summary>
/// The repository's projects and what each depends on, read from the .csproj files as MSBuild would find them: every
/// <c>ProjectReference</c> (also those of an imported .props in the repository, whatever their condition) and every
/// <c>Compile Include</c> that takes another project's sources.
/// </summary>
public sealed class ProjectGraph
{
    private ProjectGraph(string root, IReadOnlyDictionary<string, ProjectNode> projects)
    {
        Root = root;
        Projects = projects;
    }

    /// <summary>The folder holding CrmSpm.sln.</summary>
    public string Root { get; }

    /// <summary>Every project by name (the .csproj file name without its extension).</summary>
    public IReadOnlyDictionary<string, ProjectNode> Projects { get; }

    /// <summary>The projects outside Tests/: the product.</summary>
    public IEnumerable<ProjectNode> Product => Projects.Values.Where(p => !p.IsUnderTests);

    public ProjectNode this[string name] => Projects.TryGetValue(name, out var project)
        ? project
        : throw new KeyNotFoundException("No project " + name + " in the repository.");

    public static ProjectGraph Load()
    {
        var root = FindRoot();
        var files = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
            .ToList();
        var names = files.ToDictionary(f => Relative(root, f), f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        var folders = files.ToDictionary(f => Relative(root, Path.GetDirectoryName(f)!) + "/", f => Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        var projects = new Dictionary<string, ProjectNode>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Relative(root, file);
            var document = XDocument.Load(file);
            var references = ReferencesOf(root, file, document).Select(r => names.TryGetValue(r, out var name) ? name : r).ToHashSet(StringComparer.Ordinal);
            var sources = document.Descendants("Compile").Select(c => (string?)c.Attribute("Include")).OfType<string>()
                .Select(include => Resolve(root, Path.GetDirectoryName(file)!, include))
                .SelectMany(path => folders.Where(f => path.StartsWith(f.Key, StringComparison.Ordinal)).Select(f => f.Value))
                .Where(name => name != names[relative])
                .ToHashSet(StringComparer.Ordinal);
            var isTestProject = relative.StartsWith("Tests/", StringComparison.Ordinal)
                && document.Descendants("IsTestProject").All(e => e.Value.Trim() != "false");
            projects[names[relative]] = new ProjectNode(names[relative], relative, relative.StartsWith("Tests/", StringComparison.Ordinal), isTestProject, references, sources);
        }

        return new ProjectGraph(root, projects);
    }

    private static IEnumerable<string> ReferencesOf(string root, string file, XDocument document)
    {
        var folder = Path.GetDirectoryName(file)!;
        foreach (var include in document.Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include")).OfType<string>())
        {
            yield return Resolve(root, folder, include);
        }

        foreach (var import in document.Descendants("Import").Select(i => (string?)i.Attribute("Project")).OfType<string>())
        {
            var imported = Path.GetFullPath(Path.Combine(folder, import.Replace('\\', '/')));
            if (!import.Contains("$(", StringComparison.Ordinal) && File.Exists(imported) && imported.StartsWith(root, StringComparison.Ordinal))
            {
                var importedFolder = Path.GetDirectoryName(imported)! + "/";
                foreach (var include in XDocument.Load(imported).Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include")).OfType<string>())
                {
                    yield return Resolve(root, folder, include.Replace("$(MSBuildThisFileDirectory)", importedFolder, StringComparison.Ordinal));
                }
            }
        }
    }

    private static string Resolve(string root, string folder, string include) =>
        Relative(root, Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/'))));

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static bool IsBuildOutput(string relative) =>
        relative.Replace('\\', '/').Split('/').Any(part => part is "bin" or "obj" or "node_modules");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "CrmSpm.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("CrmSpm.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One project: its path from the root, whether it is a test project, the projects it references and whose sources it compiles.</summary>
public sealed record ProjectNode(string Name, string Path, bool IsUnderTests, bool IsTestProject, IReadOnlySet<string> References, IReadOnlySet<string> CompiledSources)
{
    /// <summary>Everything the project depends on: references and compiled-in sources.</summary>
    public IEnumerable<string> DependsOn => References.Concat(CompiledSources).Distinct(StringComparer.Ordinal);
}
