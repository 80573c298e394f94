using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// Serves the shipped web resources (dist/, see <see cref="ShippedBuild"/>) and the fake form from disk under one
/// made-up origin through Playwright's routing,
/// so the pages get real relative URLs and ES modules without a server process or an open port.
/// </summary>
public static class StaticSite
{
    public const string Origin = "http://crmspm.test";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json",
        [".aspx"] = "text/javascript; charset=utf-8",
    };

    /// <summary>The file Dynamics serves beside every web resource; the tests serve their stand-in.</summary>
    private const string GlobalContextScript = "/WebResources/ClientGlobalContext.js.aspx";

    /// <summary>An empty page on the site: where a lane's page waits between tests.</summary>
    public const string BlankPage = Origin + "/blank";

    /// <summary>Where the lane's init scripts are served (/__init/0.js, /__init/1.js, …).</summary>
    private const string InitScriptPath = "/__init/";

    /// <summary>
    /// Routes /WebResources/** to the shipped files and /host/** to the fake form files for <paramref name="lane"/>'s
    /// context; every HTML page gets the lane's init scripts first in its head, so they run before the page's own.
    /// </summary>
    public static Task InstallAsync(IBrowserContext context, BrowserLane lane) =>
        context.RouteAsync($"{Origin}/**", route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            if (path == "/blank")
            {
                return route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentTypes[".html"], Body = "<!DOCTYPE html><title>blank</title>" });
            }

            if (path.StartsWith(InitScriptPath, StringComparison.Ordinal))
            {
                var scripts = lane.InitScripts;
                var index = int.TryParse(Path.GetFileNameWithoutExtension(path), out var parsed) ? parsed : -1;
                return index >= 0 && index < scripts.Count
                    ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentTypes[".js"], Body = scripts[index] })
                    : route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = $"No init script {path}" });
            }

            var file = Resolve(path);
            if (file is null)
            {
                return route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = $"Not found: {path}" });
            }

            var extension = Path.GetExtension(file);
            return extension == ".html"
                ? route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentTypes[extension], Body = WithInitScripts(File.ReadAllText(file), lane.InitScripts.Count) })
                : route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = ContentTypes.GetValueOrDefault(extension, "application/octet-stream"),
                    BodyBytes = File.ReadAllBytes(file),
                });
        });

    /// <summary>The page with one classic script per init script right after its head tag (so before any of its own).</summary>
    private static string WithInitScripts(string html, int count)
    {
        if (count == 0)
        {
            return html;
        }

        var tags = string.Concat(Enumerable.Range(0, count).Select(index => $"<script src=\"{InitScriptPath}{index}.js\"></script>"));
        var head = html.IndexOf("<head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? tags + html : html.Insert(head + "<head>".Length, tags);
    }

    private static string? Resolve(string urlPath)
    {
        var (root, relative) = urlPath switch
        {
            GlobalContextScript => (RepositoryPaths.FakeXrm, "ClientGlobalContext.js.aspx"),
            _ when urlPath.StartsWith("/WebResources/", StringComparison.Ordinal) => (ShippedBuild.Root, urlPath["/WebResources/".Length..]),
            // The module sources, for tests that call a module's functions directly (the pages load dist/).
            _ when urlPath.StartsWith("/source/", StringComparison.Ordinal) => (RepositoryPaths.WebResources, urlPath["/source/".Length..]),
            _ when urlPath.StartsWith("/host/", StringComparison.Ordinal) => (RepositoryPaths.FakeXrm, urlPath["/host/".Length..]),
            _ => (string.Empty, string.Empty),
        };
        if (root.Length == 0)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(relative)));
        var insideRoot = full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return insideRoot && File.Exists(full) ? full : null;
    }
}
