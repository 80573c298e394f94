using System;
using System.IO;
using System.Threading;
using CrmSpm.Cli.Demo.Dataverse;
using CrmSpm.SolutionPacker;
using Spectre.Console;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// <c>crmspm demo --serve</c>: after the replay, serves the panels over the demo's org until Ctrl+C, and prints where
/// each one opens.
/// </summary>
public static class DemoServe
{
    /// <summary>The repository's WebResources folder: the first one found above the working or the program's folder.</summary>
    public static string? FindWebResources()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder != null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "WebResources");
                if (File.Exists(Path.Combine(candidate, "build.mjs")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A reason the panels cannot be served (unbuilt or stale bundles, no repository), or null.</summary>
    public static string? Problem(string? webResources) =>
        webResources == null
            ? "--serve needs the repository's WebResources folder: run it from inside the CrmSpm repository."
            : WebResourceBuild.Problem(webResources);

    /// <summary>Serves until Ctrl+C; returns the exit code.</summary>
    public static int Run(IAnsiConsole console, DemoOrg org, string webResources, int port)
    {
        var links = ServeLinks.Find(org.Organization);
        if (links == null)
        {
            console.MarkupLine("[red]The demo org has no open deal with a coaching tip to show; try more --deals-per-rep.[/]");
            return 1;
        }

        ServeRoles.GrantBasicReads(org.Organization);
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop the server, not the process mid-write
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var server = DemoServer.StartAsync(org.Organization, WebResourceBuild.DistOf(webResources), port, links, stop.Token).GetAwaiter().GetResult();
            try
            {
                console.Write(new Rule("The panels in a browser"));
                console.MarkupLine(Markup.Escape("Serving the shipped web resources at " + server.Address + " (this machine only)."));
                foreach (var (title, url) in links.Pages())
                {
                    console.MarkupLine(Markup.Escape(Rendering.Printable.Of(title) + ":"));
                    // Written as is: a URL folded at the console's width would not open when copied.
                    console.Profile.Out.Writer.WriteLine("  " + new Uri(server.Address, url));
                }

                console.MarkupLine(Markup.Escape("Answers in the panels go through the plugins. Press Ctrl+C to stop."));
                server.WaitForShutdownAsync(stop.Token).GetAwaiter().GetResult();
            }
            finally
            {
                server.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (IOException problem)
        {
            console.MarkupLine("[red]" + Markup.Escape("Could not listen on 127.0.0.1:" + port + ": " + problem.Message) + "[/]");
            return 2;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C before the server was up.
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        console.MarkupLine("Stopped.");
        return 0;
    }
}
