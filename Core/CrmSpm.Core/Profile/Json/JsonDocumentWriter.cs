using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CrmSpm.Core.Profile.Json;

/// <summary>Builds the typed XML tree that <see cref="JsonDocumentReader.Write"/> turns into JSON.</summary>
internal static class JsonDocumentWriter
{
    public static XElement Root(params object[] members) => Object("root", members);

    public static XElement Object(string name, params object[] members) =>
        new XElement(name, new XAttribute("type", "object"), members);

    public static XElement Array(string name, params object[] items) =>
        new XElement(name, new XAttribute("type", "array"), items);

    public static XElement Number(string name, double value) =>
        new XElement(name, new XAttribute("type", "number"), value.ToString("R", CultureInfo.InvariantCulture));

    public static XElement Text(string name, string? value) =>
        value == null ? new XElement(name, new XAttribute("type", "null")) : new XElement(name, new XAttribute("type", "string"), value);

    public static XElement Boolean(string name, bool value) =>
        new XElement(name, new XAttribute("type", "boolean"), value ? "true" : "false");

    public static XElement Numbers(string name, System.Collections.Generic.IEnumerable<double> values) =>
        Array(name, values.Select(v => Number("item", v)).Cast<object>().ToArray());
}
