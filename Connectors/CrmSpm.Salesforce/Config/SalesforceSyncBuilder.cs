using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using CrmSpm.Core.Profile;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Sync;
using CrmSpm.Salesforce.Sync.Mirror;
using CrmSpm.Salesforce.Sync.State;
using K = CrmSpm.Salesforce.Config.ConfigKeys;

namespace CrmSpm.Salesforce.Config;

/// <summary>
/// Builds a ready-to-run <see cref="SalesforceSync"/> from a config file: credentials from the environment
/// variables it names, the key file it points to and the refresh-token store, the scoring profile (same
/// format as for Dynamics), and the state file next to it.
/// </summary>
public static class SalesforceSyncBuilder
{
    public static SalesforceSync Build(SalesforceSyncConfig config, Func<string, string?> environment, HttpClient http,
        TimeProvider clock, IProgress<SyncProgress>? progress, Action<string>? log)
    {
        var options = new SalesforceClientOptions { ApiVersion = config.ApiVersion, QueryBatchSize = config.QueryBatchSize, Log = log,
            RequestTimeout = config.RequestTimeout };
        var client = SalesforceClientFactory.Create(http, BuildAuth(config, environment), options, clock);
        var syncOptions = new SyncOptions
        {
            Objects = SyncedObjects.For(config.Objects, config.TerritorySizeField),
            SettleDelay = config.SettleDelay,
        };
        return new SalesforceSync(client, new FileSyncStateStore(config.StatePath), LoadProfile(config), syncOptions, clock, progress);
    }

    public static AuthSettings BuildAuth(SalesforceSyncConfig config, Func<string, string?> environment) => config.AuthMode switch
    {
        AuthMode.JwtBearer => new JwtBearerSettings(config.LoginUrl, config.ClientId, config.Username!, LoadKey(config), config.Audience),
        AuthMode.ClientCredentials => new ClientCredentialsSettings(config.LoginUrl, config.ClientId,
            Variable(config, environment, config.ClientSecretVariable!, K.ClientSecretVariable)),
        _ => BuildRefreshTokenAuth(config, environment),
    };

    /// <summary>
    /// The refresh token comes from the token store when a run has already stored one (Salesforce rotated it),
    /// and from the environment variable only on the first run. Every rotation is written back to the store.
    /// </summary>
    private static RefreshTokenSettings BuildRefreshTokenAuth(SalesforceSyncConfig config, Func<string, string?> environment)
    {
        if (config.RefreshTokenStorePath is null)
        {
            throw Problem(config, $"{K.Auth}.{K.RefreshTokenStore}: required in {K.RefreshTokenMode} mode");
        }

        var store = new FileRefreshTokenStore(config.RefreshTokenStorePath);
        var refreshToken = store.Read() ?? Variable(config, environment, config.RefreshTokenVariable!, K.RefreshTokenVariable);
        var clientSecret = config.ClientSecretVariable is null
            ? null
            : Variable(config, environment, config.ClientSecretVariable, K.ClientSecretVariable);
        return new RefreshTokenSettings(config.LoginUrl, config.ClientId, clientSecret, refreshToken, store.Save);
    }

    public static ScoringProfile LoadProfile(SalesforceSyncConfig config)
    {
        if (!File.Exists(config.ProfilePath))
        {
            throw Problem(config, $"{K.Profile}: {config.ProfilePath} does not exist");
        }

        var result = ScoringProfileJson.Load(File.ReadAllText(config.ProfilePath));
        if (!result.IsValid)
        {
            throw new SalesforceConfigException(config.ConfigPath,
                result.Problems.Select(p => $"{K.Profile} ({Path.GetFileName(config.ProfilePath)}) {p}").ToList());
        }

        return result.Profile!;
    }

    private static RSA LoadKey(SalesforceSyncConfig config)
    {
        var path = config.PrivateKeyFile!;
        if (!File.Exists(path))
        {
            throw Problem(config, $"{K.Auth}.{K.PrivateKeyFile}: {path} does not exist");
        }

        var key = RSA.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
            return key;
        }
        catch (ArgumentException)
        {
            key.Dispose();
            // The message names the file, never its content.
            throw Problem(config, $"{K.Auth}.{K.PrivateKeyFile}: {path} holds no PEM RSA private key (expected -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)");
        }
    }

    private static Secret Variable(SalesforceSyncConfig config, Func<string, string?> environment, string variable, string key)
    {
        var value = environment(variable);
        return string.IsNullOrEmpty(value)
            ? throw Problem(config, $"{K.Auth}.{key}: the environment variable {variable} is not set")
            : new Secret(value);
    }

    private static SalesforceConfigException Problem(SalesforceSyncConfig config, string problem) =>
        new(config.ConfigPath, new[] { problem });
}
