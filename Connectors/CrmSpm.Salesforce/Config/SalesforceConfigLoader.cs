using System;
using System.Globalization;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Sync.Mirror;
using K = CrmSpm.Salesforce.Config.ConfigKeys;

namespace CrmSpm.Salesforce.Config;

/// <summary>
/// Reads and checks the config file, collecting every problem before failing, so one edit fixes them all.
/// Comments and trailing commas are allowed (the file is written by people).
/// </summary>
public static class SalesforceConfigLoader
{
    private static readonly Regex FieldNamePattern = new("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static SalesforceSyncConfig Load(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new SalesforceConfigException(fullPath, new[] { "$: the file does not exist" });
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(fullPath), DocumentOptions);
        }
        catch (JsonException exception)
        {
            // Plain words and 1-based positions instead of the parser's own message (0-based, byte offsets).
            var where = exception.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {(exception.BytePositionInLine ?? 0) + 1}")
                : "$";
            throw new SalesforceConfigException(fullPath, new[] { $"{where}: this is not valid JSON (look for a missing comma, quote or bracket there or just before)" });
        }

        using (document)
        {
            return Read(fullPath, document.RootElement);
        }
    }

    private static SalesforceSyncConfig Read(string configPath, JsonElement root)
    {
        var problems = new List<string>();
        var folder = Path.GetDirectoryName(configPath)!;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SalesforceConfigException(configPath, new[] { "$: must be a JSON object" });
        }

        var org = Section(root, K.Org, problems, required: false);
        var auth = Section(root, K.Auth, problems, required: true);
        foreach (var secret in K.ForbiddenSecrets.Where(s => auth.ValueKind == JsonValueKind.Object && auth.TryGetProperty(s, out _)))
        {
            problems.Add($"{K.Auth}.{secret}: secrets do not go in the config file; put the value in an environment variable and name that variable in {K.Auth}.{K.ClientSecretVariable} or {K.Auth}.{K.RefreshTokenVariable} (a key goes in {K.Auth}.{K.PrivateKeyFile})");
        }

        var loginText = Text(org, K.Org, K.LoginUrl, problems, required: false) ?? "https://login.salesforce.com";
        if (!Uri.TryCreate(loginText, UriKind.Absolute, out var loginUrl) || (loginUrl.Scheme != Uri.UriSchemeHttps && !loginUrl.IsLoopback))
        {
            problems.Add($"{K.Org}.{K.LoginUrl}: '{loginText}' is not an https URL");
            loginUrl = new Uri("https://login.salesforce.com");
        }

        var apiVersion = Text(org, K.Org, K.ApiVersion, problems, required: false) ?? "66.0";
        if (!Version.TryParse(apiVersion, out var version) || version.Major < 46)
        {
            problems.Add($"{K.Org}.{K.ApiVersion}: '{apiVersion}' is not supported; use 46.0 or later, e.g. 66.0");
        }

        // No default mode: guessing one would ask for the wrong credentials.
        var allowed = $"{K.JwtBearerMode}, {K.ClientCredentialsMode} or {K.RefreshTokenMode}";
        var modeText = Text(auth, K.Auth, K.Mode, new List<string>(), required: false);
        AuthMode? mode = modeText switch
        {
            K.JwtBearerMode => AuthMode.JwtBearer,
            K.ClientCredentialsMode => AuthMode.ClientCredentials,
            K.RefreshTokenMode => AuthMode.RefreshToken,
            null when auth.ValueKind != JsonValueKind.Object => null,
            null => Problem<AuthMode?>(problems, $"{K.Auth}.{K.Mode}: required; one of {allowed}", null),
            _ => Problem<AuthMode?>(problems, $"{K.Auth}.{K.Mode}: '{modeText}' is not one of {allowed}", null),
        };
        var clientId = Text(auth, K.Auth, K.ClientId, problems, required: true) ?? "";
        var username = Text(auth, K.Auth, K.Username, problems, required: mode == AuthMode.JwtBearer);
        var keyFile = Text(auth, K.Auth, K.PrivateKeyFile, problems, required: mode == AuthMode.JwtBearer);
        var audience = Text(auth, K.Auth, K.Audience, problems, required: false);
        var secretVariable = Text(auth, K.Auth, K.ClientSecretVariable, problems, required: mode == AuthMode.ClientCredentials);
        var refreshVariable = Text(auth, K.Auth, K.RefreshTokenVariable, problems, required: mode == AuthMode.RefreshToken);
        var refreshStore = Text(auth, K.Auth, K.RefreshTokenStore, problems, required: false);
        if (mode == AuthMode.RefreshToken && refreshStore is null && auth.ValueKind == JsonValueKind.Object)
        {
            // Without a store a rotated token lives for one run; the next run would replay the rotated-out one,
            // which makes Salesforce revoke the whole grant.
            problems.Add($"{K.Auth}.{K.RefreshTokenStore}: required in {K.RefreshTokenMode} mode; name a file (e.g. \"acme.refresh-token\") where the connector keeps the refresh token Salesforce rotates on each login, otherwise the next run would send the rotated-out token and Salesforce would revoke the grant");
        }

        if (mode == AuthMode.ClientCredentials && ClientCredentialsAuthenticator.IsGenericLoginHost(loginUrl))
        {
            problems.Add($"{K.Org}.{K.LoginUrl}: the client-credentials flow needs the org's My Domain (https://<name>.my.salesforce.com), not {loginUrl.Host}");
        }

        var objects = Objects(root, problems);
        var profile = Text(root, "", K.Profile, problems, required: true);
        var state = Text(root, "", K.StateFile, problems, required: false)
            ?? Path.GetFileNameWithoutExtension(configPath) + ".state.json";
        var settle = Number(root, K.SettleSeconds, 120, 0, 3600, problems);
        var batch = Number(root, K.QueryBatchSize, 2000, 200, 2000, problems);
        var timeout = Number(root, K.RequestTimeoutSeconds, (int)SalesforceClientOptions.DefaultRequestTimeout.TotalSeconds, 1, 600, problems);
        var territoryField = FieldName(root, K.TerritorySizeField, problems);

        var storePath = refreshStore is null ? null : Path.GetFullPath(refreshStore, folder);
        var statePath = Path.GetFullPath(state, folder);
        var profilePath = profile is null ? null : Path.GetFullPath(profile, folder);
        if (storePath is not null && new[] { configPath, statePath, profilePath }.Contains(storePath, StringComparer.OrdinalIgnoreCase))
        {
            // The store is overwritten on every rotation; pointing it at another file would destroy that file.
            problems.Add($"{K.Auth}.{K.RefreshTokenStore}: '{refreshStore}' is the config, state or profile file; name a file of its own");
        }

        if (problems.Count > 0)
        {
            throw new SalesforceConfigException(configPath, problems);
        }

        return new SalesforceSyncConfig(configPath, loginUrl, apiVersion, mode!.Value, clientId, username,
            keyFile is null ? null : Path.GetFullPath(keyFile, folder), audience, secretVariable, refreshVariable, objects,
            profilePath!, statePath, TimeSpan.FromSeconds(settle), batch, storePath)
        {
            RequestTimeout = TimeSpan.FromSeconds(timeout),
            TerritorySizeField = territoryField,
        };
    }

    /// <summary>An optional field API name of User (it goes into a query, so only a plain name passes).</summary>
    private static string? FieldName(JsonElement root, string key, List<string> problems)
    {
        var name = Text(root, "", key, problems, required: false);
        if (name is null || FieldNamePattern.IsMatch(name))
        {
            return name;
        }

        problems.Add($"{key}: '{name}' is not a field API name of User; use the name the describe lists, e.g. Territory_Size__c");
        return null;
    }

    private static IReadOnlyList<string> Objects(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty(K.Objects, out var element))
        {
            return SyncedObjects.All.Select(o => o.Name).ToList();
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{K.Objects}: must be an array of object names");
            return Array.Empty<string>();
        }

        var names = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.ToString();
            if (SyncedObjects.Find(name) is { } known)
            {
                names.Add(known.Name);
            }
            else
            {
                problems.Add($"{K.Objects}: '{name}' is not one of {string.Join(", ", SyncedObjects.All.Select(o => o.Name))}");
            }
        }

        foreach (var required in SyncedObjects.RequiredObjects.Where(r => !names.Contains(r)))
        {
            problems.Add($"{K.Objects}: {required} is required");
        }

        return names;
    }

    private static JsonElement Section(JsonElement root, string name, List<string> problems, bool required)
    {
        if (root.TryGetProperty(name, out var section) && section.ValueKind == JsonValueKind.Object)
        {
            return section;
        }

        if (required || section.ValueKind != JsonValueKind.Undefined)
        {
            problems.Add($"{name}: must be an object");
        }

        return default;
    }

    private static string? Text(JsonElement section, string sectionName, string key, List<string> problems, bool required)
    {
        var path = sectionName.Length == 0 ? key : sectionName + "." + key;
        if (section.ValueKind != JsonValueKind.Object || !section.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required && section.ValueKind == JsonValueKind.Object)
            {
                problems.Add($"{path}: required");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"{path}: must be a non-empty string");
            return null;
        }

        return value.GetString()!.Trim();
    }

    private static int Number(JsonElement root, string key, int fallback, int min, int max, List<string> problems)
    {
        if (!root.TryGetProperty(key, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max)
        {
            problems.Add($"{key}: must be a whole number between {min} and {max}");
            return fallback;
        }

        return number;
    }

    private static T Problem<T>(List<string> problems, string problem, T fallback)
    {
        problems.Add(problem);
        return fallback;
    }
}
