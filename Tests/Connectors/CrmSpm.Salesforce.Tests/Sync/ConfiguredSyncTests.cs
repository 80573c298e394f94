using CrmSpm.Core.Coaching;
using CrmSpm.Core.Profile;
using CrmSpm.Salesforce.Config;

namespace CrmSpm.Salesforce.Tests.Sync;

/// <summary>What the command line does: config file → sync against the emulator → state file next to the config.</summary>
public sealed class ConfiguredSyncTests : SalesforceTestBase
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "crmspm-sf-sync-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task TwoRunsFromAConfigFile_Should_KeepTheStateNextToItAndWriteEachTipOnce()
    {
        // Arrange: client credentials against the emulator; the secret comes from the "environment".
        await StartEmulatorAsync();
        SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        File.WriteAllText(Path.Combine(_folder, "profile.json"), ScoringProfileJson.ToJson(ProfileWithOnly(RuleIds.PastDueCloseDate)));
        var configPath = Path.Combine(_folder, "acme.json");
        File.WriteAllText(configPath, $$"""
            {
              "org": { "loginUrl": "{{Emulator.BaseUrl.ToString().TrimEnd('/')}}" },
              "auth": { "mode": "clientCredentials", "clientId": "{{Emulator.Options.ClientId}}", "clientSecretVariable": "ACME_SF_SECRET" },
              "profile": "profile.json"
            }
            """);
        var environment = new Func<string, string?>(name => name == "ACME_SF_SECRET" ? Emulator.Options.ClientSecret : null);
        using var http = new HttpClient();

        async Task<Salesforce.Sync.SyncSummary> RunAt(DateTimeOffset at)
        {
            Time.SetUtcNow(at);
            var sync = SalesforceSyncBuilder.Build(SalesforceConfigLoader.Load(configPath), environment, http, Time, null, null);
            return await sync.RunAsync(CancellationToken.None);
        }

        // Act
        var first = await RunAt(Now);
        var second = await RunAt(Now.AddHours(1));

        // Assert
        Assert.That(File.Exists(Path.Combine(_folder, "acme.state.json")), Is.True);
        Assert.That((first.TipsCreated, first.ScorecardsWritten), Is.EqualTo((1, 1)));
        Assert.That((second.TipsWritten, second.ScorecardsWritten), Is.EqualTo((0, 0)));
        Assert.That(second.Usage!.Remaining, Is.EqualTo(15000 - Emulator.ApiUsed));
    }

    [Test]
    public async Task TwoRunsWithRefreshTokenRotation_Should_StoreTheRotatedTokenAndSendItOnTheNextRun()
    {
        // Arrange: the emulator rotates the refresh token on every login and refuses the rotated-out one
        // (in Salesforce that replay would also revoke the grant). The variable keeps the first token.
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, RotateRefreshTokens = true });
        SeedOrg(o => o.Deal(o.Rep("Ana Rep"), "Acme", new DateOnly(2026, 11, 10)));
        File.WriteAllText(Path.Combine(_folder, "profile.json"), ScoringProfileJson.ToJson(ProfileWithOnly(RuleIds.PastDueCloseDate)));
        var configPath = Path.Combine(_folder, "acme.json");
        File.WriteAllText(configPath, $$"""
            {
              "org": { "loginUrl": "{{Emulator.BaseUrl.ToString().TrimEnd('/')}}" },
              "auth": { "mode": "refreshToken", "clientId": "{{Emulator.Options.ClientId}}", "refreshTokenVariable": "ACME_SF_REFRESH",
                        "refreshTokenStore": "acme.refresh-token" },
              "profile": "profile.json"
            }
            """);
        var environment = new Func<string, string?>(name => name == "ACME_SF_REFRESH" ? Emulator.Options.RefreshToken : null);
        using var http = new HttpClient();

        async Task RunAt(DateTimeOffset at)
        {
            Time.SetUtcNow(at);
            var sync = SalesforceSyncBuilder.Build(SalesforceConfigLoader.Load(configPath), environment, http, Time, null, null);
            await sync.RunAsync(CancellationToken.None);
        }

        // Act
        await RunAt(Now);
        var storedAfterFirstRun = File.ReadAllText(Path.Combine(_folder, "acme.refresh-token"));
        await RunAt(Now.AddHours(1));

        // Assert: one login per run; the second sent what the first stored, and the store moved on again.
        Assert.That(Emulator.TokenForms, Has.Count.EqualTo(2));
        Assert.That(Emulator.TokenForms[0]["refresh_token"].ToString(), Is.EqualTo(Emulator.Options.RefreshToken));
        Assert.That(Emulator.TokenForms[1]["refresh_token"].ToString(), Is.EqualTo(storedAfterFirstRun));
        Assert.That(File.ReadAllText(Path.Combine(_folder, "acme.refresh-token")), Is.Not.EqualTo(storedAfterFirstRun));
    }

    [Test]
    public async Task ConfigWithTerritorySizeField_Should_ReadThatUserFieldAndListABadValue()
    {
        // Arrange: the org has the admin's field; Ana's value is text that is no number.
        await StartEmulatorAsync(new EmulatorOptions { Clock = Time, OrgCustomFields = new HashSet<string> { "User.Territory_Size__c" } });
        var ana = "";
        SeedOrg(o =>
        {
            ana = o.Rep("Ana Rep");
            Emulator.Store.Update("User", ana, new System.Text.Json.Nodes.JsonObject { ["Territory_Size__c"] = "n/a" });
            o.Deal(ana, "Acme", new DateOnly(2026, 11, 10));
        });
        File.WriteAllText(Path.Combine(_folder, "profile.json"), ScoringProfileJson.ToJson(ProfileWithOnly(RuleIds.PastDueCloseDate)));
        var configPath = Path.Combine(_folder, "acme.json");
        File.WriteAllText(configPath, $$"""
            {
              "org": { "loginUrl": "{{Emulator.BaseUrl.ToString().TrimEnd('/')}}" },
              "auth": { "mode": "clientCredentials", "clientId": "{{Emulator.Options.ClientId}}", "clientSecretVariable": "ACME_SF_SECRET" },
              "profile": "profile.json",
              "territorySizeField": "Territory_Size__c"
            }
            """);
        using var http = new HttpClient();
        var sync = SalesforceSyncBuilder.Build(SalesforceConfigLoader.Load(configPath),
            name => name == "ACME_SF_SECRET" ? Emulator.Options.ClientSecret : null, http, Time, null, null);

        // Act
        var summary = await sync.RunAsync(CancellationToken.None);

        // Assert
        Assert.That(Emulator.Stats.ReceivedQueries.Single(q => q.Contains("FROM User WHERE")), Does.Contain("Territory_Size__c"));
        Assert.That(summary.DataIssues.Select(i => i.ToString()), Has.One.EqualTo(
            $"implausible-value rep {ana}: Territory size 'n/a' is not a number; treated as unknown (no territory adjustment)."));
    }
}
