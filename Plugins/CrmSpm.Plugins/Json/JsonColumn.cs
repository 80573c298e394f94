using System;
using System.Collections.Concurrent;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Xml;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// Reads and writes the JSON held in multiline text columns with the base class library's serializer (the plugin may
/// depend on nothing but the SDK), in the same format as Core's ContractJson. Unreadable JSON (edited by hand,
/// truncated) reads as null and the caller rebuilds the value: a derived column never blocks a step.
/// </summary>
public static class JsonColumn
{
    private static readonly DataContractJsonSerializerSettings Settings = new DataContractJsonSerializerSettings
    {
        UseSimpleDictionaryFormat = true,
        DateTimeFormat = new DateTimeFormat("yyyy-MM-dd'T'HH:mm:ss'Z'"),
    };

    // A serializer per type, built once: building one per call costs more than the (small) documents themselves.
    // Serializer instances are safe to share between threads for reading and writing.
    private static readonly ConcurrentDictionary<Type, DataContractJsonSerializer> Serializers = new ConcurrentDictionary<Type, DataContractJsonSerializer>();

    public static string Write<T>(T value)
    {
        using (var stream = new MemoryStream())
        {
            SerializerFor(typeof(T)).WriteObject(stream, value);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    public static T? Read<T>(string? json)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
            {
                return SerializerFor(typeof(T)).ReadObject(stream) as T;
            }
        }
        catch (SerializationException)
        {
            return null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static DataContractJsonSerializer SerializerFor(Type type) =>
        Serializers.GetOrAdd(type, t => new DataContractJsonSerializer(t, Settings));
}
