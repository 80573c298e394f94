using System.Diagnostics;
using System.Text.Json;

namespace CrmSpm.Solution.Tests;

/// <summary>
/// The solution checker's web-resource rules on every packed script (the bundles of WebResources/dist), through Solution/checker/check-webresources.mjs
/// (acorn with ecmaVersion 2018): web-unsupported-syntax, web-use-strict-mode, web-avoid-eval, web-remove-debug-script
/// (https://learn.microsoft.com/power-apps/maker/data-platform/use-powerapps-checker). Needs Node.js and
/// `npm ci --prefix Solution/checker`: skipped with a message locally, failed with CI=true.
/// </summary>
public class WebResourceCheckerTests
{
    private static readonly string Checker = Repository.PathOf("Solution", "checker", "check-webresources.mjs");

    private static IReadOnlyList<(string File, string[] Problems)> Run(IEnumerable<string> files)
    {
        if (!File.Exists(Repository.PathOf("Solution", "checker", "node_modules", "acorn", "package.json")))
        {
            SkipOrFail("acorn is not installed: run `npm ci --prefix Solution/checker`.");
        }

        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Checker);
        foreach (var file in files) start.ArgumentList.Add(file);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            SkipOrFail("Node.js is not installed.");
            throw;
        }

        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That(errors, Is.Empty);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return (json.RootElement.GetProperty("file").GetString()!,
                json.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToArray());
        }).ToList();
    }

    private static void SkipOrFail(string message) => Tools.SkipOrFail(message);

    [Test]
    public void EveryPackedScriptPassesTheCheckersWebRules()
    {
        var scripts = Repository.Customizations.Root!.Element("WebResources")!.Elements("WebResource")
            .Where(w => w.Element("WebResourceType")!.Value == "3")
            .Select(w => Shipped.PathOf(w.Element("Name")!.Value))
            .ToList();

        var results = Run(scripts);

        Assert.That(results, Has.Count.EqualTo(scripts.Count));
        Assert.That(results.Where(r => r.Problems.Length > 0).Select(r => $"{r.File}: {string.Join("; ", r.Problems)}"), Is.Empty);
    }

    [TestCase("export const a = b?.c;", "web-unsupported-syntax")]
    [TestCase("export const a = b ?? 1;", "web-unsupported-syntax")]
    [TestCase("export function f() { try { g(); } catch { } }", "web-unsupported-syntax")]
    [TestCase("export const big = 86_400_000;", "web-unsupported-syntax")]
    [TestCase("export const copy = structuredClone({});", "web-unsupported-syntax: global structuredClone")]
    [TestCase("export const g = globalThis;", "web-unsupported-syntax: global globalThis")]
    [TestCase("var CrmSpm = {};", "web-use-strict-mode")]
    [TestCase("export const x = eval(\"1\");", "web-avoid-eval")]
    [TestCase("export const f = new Function(\"return 1\");", "web-avoid-eval")]
    [TestCase("export function f() { debugger; }", "web-remove-debug-script")]
    [TestCase("export function f() { console.log(1); }", "web-remove-debug-script")]
    public void TheCheckerReportsEachRule(string source, string rule)
    {
        var file = Path.Combine(Path.GetTempPath(), $"crmspm-check-{Guid.NewGuid():N}.js");
        File.WriteAllText(file, source);
        try
        {
            Assert.That(Run(new[] { file }).Single().Problems, Has.Some.StartsWith(rule));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AStrictEs2018ClassicScriptPasses()
    {
        var file = Path.Combine(Path.GetTempPath(), $"crmspm-check-{Guid.NewGuid():N}.js");
        File.WriteAllText(file, "\"use strict\";\nvar o = { ...{ a: 1 } };\nasync function f() { for await (const x of []) { void x; } }\n");
        try
        {
            Assert.That(Run(new[] { file }).Single().Problems, Is.Empty);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
