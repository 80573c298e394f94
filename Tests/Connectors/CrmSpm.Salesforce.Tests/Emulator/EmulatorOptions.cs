using System.Security.Cryptography;

namespace CrmSpm.Salesforce.Tests.Emulator;

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
}
