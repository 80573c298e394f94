using System.Diagnostics;
using CrmSpm.Cli.Demo;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.Cli.Serve;
using CrmSpm.Core.Time;
using CrmSpm.SolutionPacker;

namespace CrmSpm.Cli.Tests.Serve;

/// <summary>
/// A small generated org replayed through the plugins, served as <c>crmspm demo --serve</c> serves it, once for the
/// Serve tests (the replay is the slow part). The shipped bundles are built first when missing or stale.
/// </summary>
public static class ServedDemo
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (DemoOrg Org, ServeLinks Links, DemoServer Server)? started;

    public static async Task<(DemoOrg Org, ServeLinks Links, DemoServer Server)> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (started is { } ready)
            {
                return ready;
            }

            var webResources = DemoServe.FindWebResources() ?? throw new InvalidOperationException("No WebResources folder above the test's folder.");
            EnsureBuilt(webResources);
            var writer = new StringWriter();
            var result = new DataverseDemoRunner(CliTestBase.PlainConsoleFor(writer), new FixedClock(new DateTime(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc)))
                .Run(new DemoOptions { Seed = 11, Reps = 4, DealsPerRep = 15, Tips = 1 });
            ServeRoles.GrantBasicReads(result.Org.Organization);
            var links = ServeLinks.Find(result.Org.Organization) ?? throw new InvalidOperationException("The generated org has no open deal with a tip.");
            var server = await DemoServer.StartAsync(result.Org.Organization, WebResourceBuild.DistOf(webResources), 0, links);
            started = (result.Org, links, server);
            return started.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task StopAsync()
    {
        if (started is { } ready)
        {
            await ready.Server.DisposeAsync();
            started = null;
        }
    }

    private static void EnsureBuilt(string webResources)
    {
        if (WebResourceBuild.Problem(webResources) == null)
        {
            return;
        }

        using var node = Process.Start(new ProcessStartInfo("node", ["build.mjs"]) { WorkingDirectory = webResources, RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException("node did not start: the served pages need `npm ci --prefix WebResources`.");
        node.WaitForExit(120_000);
        if (WebResourceBuild.Problem(webResources) is { } problem)
        {
            throw new InvalidOperationException(problem + " " + node.StandardError.ReadToEnd());
        }
    }
}
