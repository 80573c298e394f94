using System.Text.RegularExpressions;

namespace CrmSpm.Architecture.Tests;

/// <summary>
/// The Mermaid picture of docs/architecture.md: its nodes (the label's first line is the project's folder) and its
/// arrows, read as project names so they compare with <see cref="ProjectGraph"/>.
/// </summary>
public sealed partial class ArchitectureDiagram
{
    public const string Document = "docs/architecture.md";

    private ArchitectureDiagram(IReadOnlyDictionary<string, string> folders, IReadOnlyList<(string From, string To)> arrows)
    {
        Folders = folders;
        Arrows = arrows;
    }

    /// <summary>Each node's folder by node id (e.g. "Core" → "Core/CrmSpm.Core").</summary>
    public IReadOnlyDictionary<string, string> Folders { get; }

    /// <summary>Each arrow as node ids, labelled or not.</summary>
    public IReadOnlyList<(string From, string To)> Arrows { get; }

    public static ArchitectureDiagram Read(string root)
    {
        var text = File.ReadAllText(Path.Combine(root, Document));
        var start = text.IndexOf("```mermaid", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("```", start + 10, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidDataException(Document + " has no ```mermaid block.");
        }

        var lines = text.Substring(start, end - start).Split('\n');
        var folders = lines.Select(l => Node().Match(l)).Where(m => m.Success)
            .ToDictionary(m => m.Groups["id"].Value, m => m.Groups["folder"].Value.Trim(), StringComparer.Ordinal);
        var arrows = lines.Select(l => Arrow().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups["from"].Value, m.Groups["to"].Value)).ToList();
        return new ArchitectureDiagram(folders, arrows);
    }

    /// <summary>The project a node stands for: the one whose folder the label names; null for a node that is no .NET project (the web resources).</summary>
    public string? ProjectOf(string node, ProjectGraph graph)
    {
        var folder = Folders.TryGetValue(node, out var f) ? f : throw new InvalidDataException(Document + " draws an arrow from or to an undeclared node " + node + ".");
        return graph.Projects.Values.FirstOrDefault(p => p.Path == folder + "/" + folder.Split('/').Last() + ".csproj")?.Name;
    }

    [GeneratedRegex("^\\s*(?<id>\\w+)\\[\"(?<folder>[^\"<]+)")]
    private static partial Regex Node();

    [GeneratedRegex("^\\s*(?<from>\\w+)\\s*(?:--\\s*\"[^\"]*\"\\s*)?-->\\s*(?<to>\\w+)\\s*$")]
    private static partial Regex Arrow();
}
