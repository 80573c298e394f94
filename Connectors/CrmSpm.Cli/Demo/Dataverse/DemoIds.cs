using System;
using System.Security.Cryptography;
using System.Text;

namespace CrmSpm.Cli.Demo.Dataverse;

/// <summary>
/// Stable row ids for the generated org: a name-based UUID (version 5 layout, SHA-1) of the generator's text id.
/// The same seed therefore gives the same ids, so everything ordered by id or key prints in the same order every run.
/// </summary>
public static class DemoIds
{
    private static readonly byte[] Namespace = new Guid("5b8f7a52-0d3e-4f61-9c27-3e1a0d6b4c19").ToByteArray(bigEndian: true);

    /// <summary>The row id of the generated record <paramref name="generatorId"/> (e.g. "rep-0001", "opp-0000042").</summary>
    public static Guid For(string generatorId)
    {
        ArgumentNullException.ThrowIfNull(generatorId);
        var name = Encoding.UTF8.GetBytes(generatorId);
        var input = new byte[Namespace.Length + name.Length];
        Namespace.CopyTo(input, 0);
        name.CopyTo(input, Namespace.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 §4.3 prescribes for version 5 ids; it names rows, it secures nothing.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        var bytes = new byte[16];
        Array.Copy(hash, bytes, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
