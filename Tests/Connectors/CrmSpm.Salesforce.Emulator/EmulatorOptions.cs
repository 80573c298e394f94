using System.Security.Cryptography;

namespace CrmSpm.Salesforce.Emulator;

/// <summary>The emulated org's credentials, limits and clock.</summary>
public sealed class EmulatorOptions
{
    public string ClientId { get; init; } = "3MVG9emulator.client";

    public string ClientSecret { get; init; } = "emulator-client-secret";

    public string RefreshToken { get; init; } = "5Aep861emulator.refresh";

    public string Username { get; init; } = "integration@example.com";

    /// <summary>When set, JWT assertions must be signed with the matching private key.</summary>
    public RSA? JwtPublicKey { get; init; }

    /// <summary>Issue a new refresh token on every refresh (Salesforce's "refresh token rotation").</summary>
    public bool RotateRefreshTokens { get; init; }

    public long DailyApiLimit { get; init; } = 15000;

    /// <summary>Largest page the emulator returns whatever the client asks for (tests paging with small pages).</summary>
    public int MaxPageSize { get; init; } = 2000;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Edition- or feature-dependent standard fields this org has, as "Field" (every object that lists it) or
    /// "Object.Field", e.g. "CurrencyIsoCode" for a multicurrency org. None by default.
    /// </summary>
    public IReadOnlySet<string> VaryingFields { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Custom fields an admin added to the org, as "Object.Field" (e.g. "User.Territory_Size__c"), such as a config file may name.</summary>
    public IReadOnlySet<string> OrgCustomFields { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Our custom fields ("Field" or "Object.Field") or the custom object the org lacks, as before the metadata is deployed.</summary>
    public IReadOnlySet<string> UndeployedFields { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
