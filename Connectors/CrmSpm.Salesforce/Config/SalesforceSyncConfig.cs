using System;
using System.Collections.Generic;

namespace CrmSpm.Salesforce.Config;

/// <summary>
/// The sync's configuration as read from its JSON file. Paths are absolute (relative ones are resolved
/// against the config file's folder). It holds no secret: only the names of the environment variables
/// that hold them, the path of the private key file, and (refresh-token mode) the path of the file where the
/// connector keeps the latest rotated refresh token.
/// </summary>
public sealed record SalesforceSyncConfig(
    string ConfigPath,
    Uri LoginUrl,
    string ApiVersion,
    AuthMode AuthMode,
    string ClientId,
    string? Username,
    string? PrivateKeyFile,
    string? Audience,
    string? ClientSecretVariable,
    string? RefreshTokenVariable,
    IReadOnlyList<string> Objects,
    string ProfilePath,
    string StatePath,
    TimeSpan SettleDelay,
    int QueryBatchSize,
    string? RefreshTokenStorePath = null)
{
    /// <summary>Time allowed for one attempt of one request (requestTimeoutSeconds).</summary>
    public TimeSpan RequestTimeout { get; init; } = Http.SalesforceClientOptions.DefaultRequestTimeout;

    /// <summary>A User field holding the rep's territory size (territorySizeField); null when the config names none.</summary>
    public string? TerritorySizeField { get; init; }
}
