using System;
using System.Globalization;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;

namespace CrmSpm.Core.Serialization;

/// <summary>
/// JSON for Core's persisted state (deal model, benchmarks, tip show state) through the BCL's
/// DataContractJsonSerializer, the only JSON serializer available in the Dataverse sandbox.
/// </summary>
public static class ContractJson
{
    private static readonly DataContractJsonSerializerSettings Settings = new DataContractJsonSerializerSettings
    {
        UseSimpleDictionaryFormat = true,
        // ISO 8601 in UTC, read back as UTC (the default would be the "\/Date(...)\/" form).
        DateTimeFormat = new DateTimeFormat("yyyy-MM-dd'T'HH:mm:ss'Z'")
        {
            DateTimeStyles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
        },
    };

    /// <summary>Serialises a data contract to JSON.</summary>
    public static string Serialize<T>(T value)
    {
        var serializer = new DataContractJsonSerializer(typeof(T), Settings);
        using (var stream = new MemoryStream())
        {
            serializer.WriteObject(stream, value);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    /// <summary>
    /// Reads JSON written by <see cref="Serialize{T}"/>. Malformed or mistyped input raises
    /// <see cref="FormatException"/> naming the contract type, never a serializer-internal exception.
    /// </summary>
    public static T Deserialize<T>(string json)
        where T : class
    {
        if (json == null || json.Trim().Length == 0)
        {
            throw new FormatException(typeof(T).Name + ": the JSON is empty.");
        }

        try
        {
            var serializer = new DataContractJsonSerializer(typeof(T), Settings);
            using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
            {
                return serializer.ReadObject(stream) as T
                    ?? throw new FormatException(typeof(T).Name + ": the JSON holds null.");
            }
        }
        catch (SerializationException ex)
        {
            throw new FormatException(typeof(T).Name + ": the JSON does not match the expected shape (" + ex.Message + ").", ex);
        }
        catch (System.Xml.XmlException ex)
        {
            throw new FormatException(typeof(T).Name + ": the JSON is malformed (" + ex.Message + ").", ex);
        }
    }
}
