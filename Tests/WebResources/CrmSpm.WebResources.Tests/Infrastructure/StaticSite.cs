using Microsoft.Playwright;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// Serves the shipped web resources (dist/, see <see cref="ShippedBuild"/>) and the fake form from disk under one made-up origin through Playwright's routing,
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

    /// <summary>Routes /WebResources/** to the repository folder and /host/** to the fake form files.</summary>
    public static Task InstallAsync(IBrowserContext context) =>
        context.RouteAsync($"{Origin}/**", route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            var file = Resolve(path);
            return file is null
                ? route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = $"Not found: {path}" })
                : route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"),
                    BodyBytes = File.ReadAllBytes(file),
                });
        });

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
