using System;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CrmSpm.Core.Profile.Json;

/// <summary>
/// Parses JSON into the XML infoset of the BCL's DataContract JSON reader (available on netstandard2.0 and
/// .NET Framework 4.6.2 without packages). Unlike deserialising straight into types, the tree keeps each
/// value's JSON type, so the profile reader can say exactly which path has the wrong type.
/// </summary>
internal static class JsonDocumentReader
{
    private const string TypeAttribute = "type";
    private const string ItemElement = "item";

    /// <summary>Parses <paramref name="json"/>; returns null and a reason when it is not well-formed JSON.</summary>
    public static XElement? TryParse(string json, out string? error)
    {
        if (!JsonCompleteness.IsComplete(json, out error))
        {
            return null;
        }

        try
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            using (var reader = JsonReaderWriterFactory.CreateJsonReader(bytes, XmlDictionaryReaderQuotas.Max))
            {
                return XElement.Load(reader);
            }
        }
        catch (XmlException ex)
        {
            error = ex.Message;
            return null;
        }
        catch (InvalidOperationException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>The JSON type of a node.</summary>
    public static JsonKind KindOf(XElement element)
    {
        switch ((string?)element.Attribute(TypeAttribute))
        {
            case "object": return JsonKind.Object;
            case "array": return JsonKind.Array;
            case "number": return JsonKind.Number;
            case "boolean": return JsonKind.Boolean;
            case "null": return JsonKind.Null;
            default: return JsonKind.String;
        }
    }

    /// <summary>
    /// The member name of an object's child. Keys that are not valid XML names are carried in an
    /// <c>item</c> attribute by the reader; plain keys are the element name.
    /// </summary>
    public static string KeyOf(XElement member)
    {
        var itemKey = member.Attributes().FirstOrDefault(a => a.Name.LocalName == ItemElement);
        return member.Name.LocalName == ItemElement && itemKey != null ? itemKey.Value : member.Name.LocalName;
    }

    /// <summary>Writes a tree built with <see cref="JsonDocumentWriter"/> helpers as indented JSON.</summary>
    public static string Write(XElement root)
    {
        using (var stream = new MemoryStream())
        {
            using (var writer = JsonReaderWriterFactory.CreateJsonWriter(stream, Encoding.UTF8, false, true, "  "))
            {
                root.WriteTo(writer);
                writer.Flush();
            }

            // The BCL writer indents with CRLF on every platform; stored profiles use LF like the repository.
            return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
        }
    }
}
