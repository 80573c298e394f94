using System;
using System.Globalization;
using System.Xml.Linq;

namespace CrmSpm.EmbeddedOrg.Query;

// The paging cookie in Dataverse's form (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/queryexpression/page-results): <cookie page="1"><accountid last="{GUID}" first="{GUID}" /></cookie>.
internal static class PagingCookie
{
    public static string Write(int page, string primaryIdColumn, Guid first, Guid last)
    {
        return new XElement(
            "cookie",
            new XAttribute("page", page.ToString(CultureInfo.InvariantCulture)),
            new XElement(primaryIdColumn, new XAttribute("last", last.ToString("B").ToUpperInvariant()), new XAttribute("first", first.ToString("B").ToUpperInvariant())))
            .ToString(SaveOptions.DisableFormatting);
    }

    // The id of the last row of the previous page, or null when the cookie is absent or not ours to read.
    public static Guid? LastId(string? cookie, string primaryIdColumn)
    {
        if (string.IsNullOrWhiteSpace(cookie))
        {
            return null;
        }

        try
        {
            var root = XElement.Parse(cookie);
            var last = root.Element(primaryIdColumn)?.Attribute("last")?.Value;
            return Guid.TryParse(last, out var id) ? id : null;
        }
        catch (System.Xml.XmlException)
        {
            // A malformed cookie falls back to PageNumber paging, which gives the same page when nothing changed.
            return null;
        }
    }
}
