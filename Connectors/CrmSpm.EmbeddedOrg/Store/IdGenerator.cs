using System;

namespace CrmSpm.EmbeddedOrg.Store;

// New row ids, correlation ids and job ids: random version-4 GUIDs (RFC 9562) from a pseudo-random generator.
// Guid.NewGuid asks the operating system for cryptographic randomness on every call, which cost as much as the rest
// of a create; ids need uniqueness (122 random bits), not secrecy. Called under the org's lock only.
internal sealed class IdGenerator
{
    private readonly Random _random = new();

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
