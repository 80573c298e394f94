extern alias plugins;
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.EmbeddedOrg;
using CrmSpm.SolutionPacker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// Serves the shipped web resources (<c>WebResources/dist/crmspm_</c>) on loopback beside a local Xrm shim and the
/// Web API over an embedded org. Pages: <c>/</c> (links), <c>/form/{opportunity|account}?id=…</c> (a form hosting the
/// coaching panel), <c>/WebResources/crmspm_/…</c>; <c>/signin?user=…&amp;then=…</c> picks who the browser is.
/// </summary>
public sealed class DemoServer : IAsyncDisposable
{
    private const string UserCookie = "crmspm_user";
    private readonly WebApplication app;

    private DemoServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening on 127.0.0.1 (<paramref name="port"/> 0 picks a free port).</summary>
    public static async Task<DemoServer> StartAsync(EmbeddedOrganization org, string distFolder, int port, ServeLinks links, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(links);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var service = new WebApiService(org, new OptionLabels(CrmSpmSolution.Customizations()));
        Guid UserOf(HttpContext http) =>
            Guid.TryParse(http.Request.Cookies[UserCookie], out var id) ? id : links.DefaultUser;

        app.Use(async (http, next) =>
        {
            // Before anything else: another site's page reaching this loopback server is refused (LoopbackGuard).
            var origin = http.Request.Headers.Origin;
            if (LoopbackGuard.Refusal(http.Request.Host.Value, origin.Count == 0 ? null : origin.ToString(), http.Connection.LocalPort) is { } refusal)
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsync(refusal);
                return;
            }

            http.Response.Headers.CacheControl = "no-store"; // a rebuilt bundle shows on the next reload
            await next(http);
        });
        app.MapGet("/", (HttpContext http) => Results.Content(ServePages.Index(links), "text/html; charset=utf-8"));
        app.MapGet("/signin", (HttpContext http, string? user, string? then) =>
        {
            if (!Guid.TryParse(user, out var id) || then == null || !then.StartsWith('/') || then.StartsWith("//", StringComparison.Ordinal))
            {
                return Results.BadRequest("signin needs ?user=<user id>&then=/<path on this server>.");
            }

            http.Response.Cookies.Append(UserCookie, id.ToString("D"), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
            return Results.Redirect(then);
        });
        app.MapGet("/WebResources/ClientGlobalContext.js.aspx", (HttpContext http) =>
            Results.Content(ShimConfig(org, UserOf(http)) + Shim("xrm-shim.js"), "text/javascript; charset=utf-8"));
        app.MapGet("/form/{entity}", (string entity) => entity is "opportunity" or "account"
            ? Results.Content(ServePages.WithOrgClock(Shim("form.html")), "text/html; charset=utf-8")
            : Results.NotFound());
        app.MapGet("/crmspm-serve/form.js", () => Results.Content(Shim("form.js"), "text/javascript; charset=utf-8"));
        app.MapGet(ServePages.ClockScript, () => Results.Content(
            "window.__crmspmNow = " + org.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) + ";\n" + Shim("clock.js"),
            "text/javascript; charset=utf-8"));
        WebApiEndpoints.Map(app, service, UserOf);
        var dist = new PhysicalFileProvider(Path.GetFullPath(distFolder));
        app.Use(async (http, next) =>
        {
            // The shipped pages as they are, with the org's clock loaded first (Shim/clock.js).
            var page = http.Request.Path.StartsWithSegments("/WebResources", out var rest) && rest.HasValue && rest.Value!.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                ? dist.GetFileInfo(rest.Value)
                : null;
            if (page is not { Exists: true, IsDirectory: false })
            {
                await next(http);
                return;
            }

            using var reader = new StreamReader(page.CreateReadStream());
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(ServePages.WithOrgClock(await reader.ReadToEndAsync()));
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = dist, RequestPath = "/WebResources" });

        await app.StartAsync(cancel);
        var bound = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            : null;
        return new DemoServer(app, new Uri((bound ?? "http://127.0.0.1:" + port).TrimEnd('/') + "/"));
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancel"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancel = default) => app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static string ShimConfig(EmbeddedOrganization org, Guid user)
    {
        var name = org.SystemService.Retrieve(SystemUserColumns.EntityName, user, new ColumnSet(SystemUserColumns.FullName)).GetAttributeValue<string>(SystemUserColumns.FullName);
        var config = new
        {
            user = new { id = user.ToString("D"), name = name ?? "" },
            languageId = 1033,
            theme = "light",
            entitySets = WebApiNames.EntitySets,
        };
        return "window.__crmspmServe = " + JsonSerializer.Serialize(config) + ";\n";
    }

    private static string Shim(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CrmSpm.Cli.Serve.Shim." + file)
            ?? throw new InvalidOperationException("The serve shim " + file + " is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
