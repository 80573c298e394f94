using System.Text.Json.Nodes;

namespace CrmSpm.WebResources.Tests.Infrastructure;

/// <summary>
/// Text that would run script if a page put it into HTML. Each payload bumps window.__xss when it executes,
/// so "window.__xss is undefined" proves that nothing ran.
/// </summary>
public static class Hostile
{
    public const string Image = "<img src=x onerror=\"window.__xss=(window.__xss||0)+1\">";
    public const string Script = "</li><script>window.__xss=(window.__xss||0)+1</script>";
    public const string Svg = "<svg onload=\"window.__xss=(window.__xss||0)+1\">";
    public const string JavaScriptUrl = "javascript:window.__xss=(window.__xss||0)+1";

    /// <summary>Reports in the page whether a payload ran or an element came out of record text; safe is <see cref="NothingRan"/>.</summary>
    public const string NothingRanScript = """
        () => {
          const injected = [...document.querySelectorAll("main *")].filter((element) =>
            ["IMG", "SCRIPT", "IFRAME"].includes(element.tagName) ||
            [...element.attributes].some((attribute) => attribute.name.startsWith("on"))).length;
          return `ran ${window.__xss ?? 0} times, injected ${injected} elements`;
        }
        """;

    public const string NothingRan = "ran 0 times, injected 0 elements";

    /// <summary>A JSON text column holding an object whose keys and values are payloads.</summary>
    public static string EvidenceJson() => new JsonObject { [Image] = Svg, ["observed"] = Script }.ToJsonString();
}
