using System.Net;
using System.Text;

namespace CrmSpm.Cli.Serve;

/// <summary>The served demo's start page: a link to each panel, signed in as the user who would open it.</summary>
public static class ServePages
{
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
