using System.Net;
using System.Text;

namespace CrmSpm.Cli.Serve;

/// <summary>The served demo's start page: a link to each panel, signed in as the user who would open it.</summary>
public static class ServePages
{
    /// <summary>Where the script that pins a page's clock to the org's "now" is served (Shim/clock.js).</summary>
    public const string ClockScript = "/crmspm-serve/clock.js";

    /// <summary>
    /// <paramref name="html"/> with the clock script first in its head (before any other script runs), or first of all
    /// when it has no head: the panels read "today" from the browser's clock, the demo org lives on its own date.
    /// </summary>
    public static string WithOrgClock(string html)
    {
        System.ArgumentNullException.ThrowIfNull(html);
        var tag = "<script src=\"" + ClockScript + "\"></script>";
        var head = html.IndexOf("<head", System.StringComparison.OrdinalIgnoreCase);
        var end = head < 0 ? -1 : html.IndexOf('>', head);
        return end < 0 ? tag + html : html.Substring(0, end + 1) + tag + html.Substring(end + 1);
    }

    public static string Index(ServeLinks links)
    {
        var items = new StringBuilder();
        foreach (var (title, url) in links.Pages())
        {
            items.Append("<li><a href=\"/").Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(title)).Append("</a></li>");
        }

        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CrmSpm demo</title>" +
            "<style>body{font-family:\"Segoe UI\",system-ui,sans-serif;margin:32px;max-width:720px;color:#242424}li{margin:8px 0}</style></head>" +
            "<body><h1>CrmSpm demo</h1><p>The shipped web resources over the demo's embedded org. Answers in the panels go through the plugins.</p>" +
            "<ul>" + items + "</ul></body></html>";
    }
}
