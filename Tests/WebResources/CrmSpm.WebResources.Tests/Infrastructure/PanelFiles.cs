using System.Text.RegularExpressions;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// The JavaScript and CSS one page can load: its &lt;script src&gt; and stylesheet links, then every module they
/// import, statically or on first use (import()), followed transitively. Files served by Dynamics itself
/// (ClientGlobalContext.js.aspx) are not counted.
/// </summary>
public static partial class PanelFiles
{
    /// <summary>Everything the page can load; <see cref="OnDemand"/> tells which of it waits for first use.</summary>
    public static IReadOnlyCollection<string> For(string htmlPath) => Walk(htmlPath, followDynamic: true);

    /// <summary>Files loaded only on first use: in <see cref="For"/> but not reachable through static imports.</summary>
    public static IReadOnlyCollection<string> OnDemand(string htmlPath) =>
        Walk(htmlPath, followDynamic: true).Except(Walk(htmlPath, followDynamic: false)).ToList();

    private static IReadOnlyCollection<string> Walk(string htmlPath, bool followDynamic)
    {
        var html = Path.Combine(RepositoryPaths.WebResources, htmlPath);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        foreach (Match reference in HtmlReference().Matches(File.ReadAllText(html)))
        {
            var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(html)!, reference.Groups["path"].Value));
            if (File.Exists(file) && found.Add(file))
            {
                pending.Push(file);
            }
        }

        while (pending.TryPop(out var file))
        {
            if (!file.EndsWith(".js", StringComparison.Ordinal))
            {
                continue;
            }

            var source = File.ReadAllText(file);
            var imports = ModuleImport().Matches(source).Concat(followDynamic ? DynamicImport().Matches(source) : []);
            foreach (Match import in imports)
            {
                var imported = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, import.Groups["path"].Value));
                if (found.Add(imported))
                {
                    pending.Push(imported);
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"(?:src|href)=""(?<path>[^""]+\.(?:js|css))""")]
    private static partial Regex HtmlReference();

    [GeneratedRegex(@"(?:^|\n)\s*import\s[^;]*?from\s+""(?<path>\.{1,2}/[^""]+)"";")]
    private static partial Regex ModuleImport();

    [GeneratedRegex(@"\bimport\(""(?<path>\.{1,2}/[^""]+)""\)")]
    private static partial Regex DynamicImport();
}
