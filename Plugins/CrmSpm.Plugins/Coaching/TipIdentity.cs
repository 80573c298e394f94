using System;
using System.Security.Cryptography;
using System.Text;

namespace CrmSpm.Plugins.Coaching;

/// <summary>
/// Derives a tip's task id from its key: a name-based UUID, version 5 (RFC 4122 §4.3, SHA-1). The same key always
/// yields the same id, so two events that raise the same tip at once write the same row (Upsert by id) instead of two.
/// Dataverse does not offer alternate keys on activity tables, hence an id rather than a key (docs/plugins.md).
/// </summary>
public static class TipIdentity
{
    /// <summary>CrmSpm's namespace for tip ids; never change it, or every open tip would be duplicated once.</summary>
    public static readonly Guid Namespace = new Guid("5c6f1a2e-8d3b-4e7a-9f10-3b2d7c4e6a81");

    public static Guid ForKey(string tipKey) => NameBased(Namespace, tipKey);

    /// <summary>The RFC 4122 version-5 UUID of <paramref name="name"/> (UTF-8) within <paramref name="namespaceId"/>.</summary>
    public static Guid NameBased(Guid namespaceId, string name)
    {
        if (name == null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        var namespaceBytes = ToNetworkOrder(namespaceId.ToByteArray());
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[namespaceBytes.Length + nameBytes.Length];
        Buffer.BlockCopy(namespaceBytes, 0, input, 0, namespaceBytes.Length);
        Buffer.BlockCopy(nameBytes, 0, input, namespaceBytes.Length, nameBytes.Length);

        byte[] hash;
        using (var sha1 = SHA1.Create())
        {
            hash = sha1.ComputeHash(input);
        }

        var uuid = new byte[16];
        Array.Copy(hash, uuid, 16);
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(ToNetworkOrder(uuid));
    }

    // Guid.ToByteArray stores the first three fields little-endian; RFC 4122 hashes them big-endian. The swap is
    // its own inverse, so it converts both ways.
    private static byte[] ToNetworkOrder(byte[] guidBytes)
    {
        var bytes = (byte[])guidBytes.Clone();
        Array.Reverse(bytes, 0, 4);
        Array.Reverse(bytes, 4, 2);
        Array.Reverse(bytes, 6, 2);
        return bytes;
    }
}
