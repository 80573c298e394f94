using System.Text.RegularExpressions;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// The JavaScript and CSS one shipped page loads: its &lt;script src&gt; and stylesheet links in dist/ (each page is
/// one bundle and one sheet). Files served by Dynamics itself (ClientGlobalContext.js.aspx) are not counted.
/// </summary>
public static partial class PanelFiles
{
    public static IReadOnlyCollection<string> For(string htmlPath)
    {
        var html = Path.Combine(ShippedBuild.Root, htmlPath);
        return HtmlReference().Matches(File.ReadAllText(html))
            .Select(reference => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(html)!, reference.Groups["path"].Value)))
            .Where(File.Exists)
            .ToList();
    }

    [GeneratedRegex(@"(?:src|href)=""(?<path>[^""]+\.(?:js|css))""")]
    private static partial Regex HtmlReference();
}
