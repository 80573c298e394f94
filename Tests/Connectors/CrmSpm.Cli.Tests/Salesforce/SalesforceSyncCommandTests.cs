using System.CommandLine;
using System.Text.Json.Nodes;
using CrmSpm.Cli.Commands;
using CrmSpm.Core.Coaching;
using CrmSpm.Core.Profile;
using CrmSpm.Salesforce.Emulator;
using CrmSpm.Salesforce.Emulator.Support;
using CrmSpm.Salesforce.Sync;

namespace CrmSpm.Cli.Tests.Salesforce;

/// <summary>
/// `crmspm salesforce sync` end to end against the loopback emulator, one test per exit code of README.md:
/// 0 success, 1 other failure, 2 usage or configuration, 3 authentication, 4 CRM limit, 5 records refused.
/// Errors go to stderr in plain words, without the help text, a stack trace or a .NET type name.
/// </summary>
[NonParallelizable]
public sealed class SalesforceSyncCommandTests : CliTestBase
{
    private readonly string _secretVariable = "CRMSPM_TEST_SF_SECRET_" + Guid.NewGuid().ToString("N");
    private string _folder = "";
    private SalesforceEmulator _emulator = null!;

    [SetUp]
    public async Task StartOrg()
    {
        _folder = Path.Combine(Path.GetTempPath(), "crmspm-cli-sf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        // The org's rows are stamped an hour ago, so the run's window (ending now) holds them.
        _emulator = await SalesforceEmulator.StartAsync(new EmulatorOptions { Clock = new RecordingTimeProvider(DateTimeOffset.UtcNow.AddHours(-1)) });
        var rep = _emulator.Store.Insert("User", new JsonObject { ["Name"] = "Ana Rep", ["IsActive"] = true });
        _emulator.Store.Insert("Opportunity", new JsonObject
        {
            ["Name"] = "Acme", ["OwnerId"] = rep, ["StageName"] = "Develop", ["Amount"] = 10000, ["IsClosed"] = false, ["IsWon"] = false,
            ["CloseDate"] = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var profile = ScoringProfile.Default;
        foreach (var rule in profile.Rules)
        {
            rule.Enabled = rule.Id == RuleIds.PastDueCloseDate;
        }

        File.WriteAllText(Path.Combine(_folder, "profile.json"), ScoringProfileJson.ToJson(profile));
        Environment.SetEnvironmentVariable(_secretVariable, _emulator.Options.ClientSecret);
    }

    [TearDown]
    public async Task StopOrg()
    {
        Environment.SetEnvironmentVariable(_secretVariable, null);
        await _emulator.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public void Sync_OrgReady_Should_WriteTheTipAndExit0()
    {
        var (exitCode, output, error) = RunSync(Config());

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.Success), error);
        Assert.That(output, Does.Contain("Tips written (created / updated)").And.Contain("1 (1 / 0)"));
        Assert.That(error, Is.Empty);
    }

    [Test]
    public void Sync_SalesforceAnswersWithAProxyPage_Should_Exit1NamingTheRequest()
    {
        _emulator.Faults.HtmlPage(200, "Proxy sign-in");

        var (exitCode, _, error) = RunSync(Config());

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.SalesforceError));
        Assert.That(error.Trim(), Is.EqualTo("The describe request to 127.0.0.1 was answered with status 200 and an HTML page (a proxy or sign-in page?) " +
            "instead of Salesforce's JSON. Nothing was saved; the next run repeats this window."));
        AssertPlain(error);
    }

    [Test]
    public void Sync_LoginAnsweredWithAProxyErrorPage_Should_Exit1_NotAsARefusedLogin()
    {
        // A 500 page from a proxy in front of the token host: Salesforce never judged the credentials (500 is not retried).
        _emulator.Faults.RespondToLogin(500, "text/html", "<html><head><title>Internal Server Error</title></head></html>");

        var (exitCode, _, error) = RunSync(Config());

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.SalesforceError));
        Assert.That(error.Trim(), Is.EqualTo("The login request to 127.0.0.1 was answered with status 500 and an HTML page (a proxy or sign-in page?) " +
            "instead of Salesforce's JSON. Nothing was saved; the next run repeats this window."));
        AssertPlain(error);
    }

    [Test]
    public void Sync_ConfigWithoutAuthMode_Should_Exit2NamingTheAllowedModes()
    {
        var (exitCode, output, error) = RunSync(Config(mode: null));

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.ConfigProblem));
        Assert.That(error, Does.Contain("auth.mode: required; one of jwtBearer, clientCredentials or refreshToken"));
        Assert.That(output, Does.Not.Contain("Syncing"), "no call was made");
        Assert.That(_emulator.Stats.TokenRequests, Is.Zero);
    }

    [Test]
    public void Sync_UnknownOption_Should_Exit2WithoutTheWholeHelpText()
    {
        var (exitCode, output, error) = Run("salesforce", "sync", "--confg", "acme.json");

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.ConfigProblem));
        Assert.That(error, Does.Contain("Unrecognized command or argument '--confg'"));
        Assert.That(error, Does.Contain("Run 'crmspm salesforce sync --help' to see the options."));
        Assert.That(error + output, Does.Not.Contain("Usage:"));
    }

    [Test]
    public void Sync_MetadataNotDeployed_Should_Exit2SayingDeployFirst()
    {
        // An org without our scorecard object: simulated by an emulator started without it.
        var bare = SalesforceEmulator.StartAsync(new EmulatorOptions { UndeployedFields = new HashSet<string> { "CrmSpm_Scorecard__c" } })
            .GetAwaiter().GetResult();
        try
        {
            var (exitCode, _, error) = RunSync(Config(loginUrl: bare.BaseUrl.ToString().TrimEnd('/'), clientId: bare.Options.ClientId));

            Assert.That(exitCode, Is.EqualTo(SyncExitCodes.ConfigProblem));
            Assert.That(error, Does.StartWith("The org is not ready: deploy the Salesforce metadata first: the org has no CrmSpm_Scorecard__c"));
        }
        finally
        {
            bare.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Test]
    public void Sync_WrongClientSecret_Should_Exit3WithoutPrintingTheSecret()
    {
        Environment.SetEnvironmentVariable(_secretVariable, "not-the-secret-123");

        var (exitCode, output, error) = RunSync(Config());

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.LoginRefused));
        Assert.That(error, Does.Contain("invalid_client"));
        Assert.That(error + output, Does.Not.Contain("not-the-secret-123"));
        AssertPlain(error);
    }

    [Test]
    public void Sync_DailyApiLimitUsedUp_Should_Exit4()
    {
        _emulator.SetApiUsed(_emulator.Options.DailyApiLimit);

        var (exitCode, _, error) = RunSync(Config());

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.LimitReached));
        Assert.That(error, Does.Contain("REQUEST_LIMIT_EXCEEDED").And.Contain("Nothing was saved"));
    }

    [Test]
    public void Sync_TipRefusedBySalesforce_Should_SaveTheRestAndExit5()
    {
        _emulator.Faults.RejectRecord = (type, _) => type == "Task" ? ("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY", "insufficient access rights on cross-reference id") : null;

        var (exitCode, output, _) = RunSync(Config());

        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.RecordsNotWritten));
        Assert.That(output, Does.Contain("1 record(s) not written"));
        Assert.That(File.Exists(Path.Combine(_folder, "acme.state.json")), Is.True, "the rest was saved");
    }

    [Test]
    public void Sync_RefusalWithControlCharacters_Should_PrintOneVisibleLine()
    {
        // Text Salesforce echoes back (a validation rule's message can quote record data) is not ours to trust: an ESC
        // would start a terminal escape sequence, CR LF a forged line, U+202E reverse what follows. Each is shown as an escape.
        _emulator.Faults.RejectRecord = (type, _) => type == "Task"
            ? ("FIELD_CUSTOM_VALIDATION_EXCEPTION", "Bad\u001b[2J\r\nnot written: x\u202Eexe [red]y[/]")
            : null;

        var (exitCode, output, _) = RunSync(Config());

        // One line (short enough not to wrap at the test console's 160 columns), every character visible, markup as text.
        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.RecordsNotWritten));
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("not written:", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(1), output);
        Assert.That(lines[0], Is.EqualTo(@"not written: tip past-due-close-date|opportunity|006000000000002AAA: FIELD_CUSTOM_VALIDATION_EXCEPTION: Bad\u001B[2J\r\nnot written: x\u202Eexe [red]y[/]"));
        // By char (ordinal): a culture-aware search ignores U+202E and finds it everywhere.
        Assert.That(output.IndexOfAny(new[] { '\u001b', '\u202e' }), Is.EqualTo(-1), "no raw ESC or U+202E anywhere");
    }

    [Test]
    public void Sync_DealWithAnUnknownStageAndANegativeAmount_Should_PrintEachDataIssueWithItsRecordOnOneLine()
    {
        // Arrange: a second deal whose stage is not in the profile (with an ESC and markup in it, echoed back as data) and
        // whose amount is negative: Core scores it with the documented defaults and reports both (docs/scoring.md).
        var rep = _emulator.Store.Insert("User", new JsonObject { ["Name"] = "Bo Rep", ["IsActive"] = true });
        var deal = _emulator.Store.Insert("Opportunity", new JsonObject
        {
            ["Name"] = "Globex", ["OwnerId"] = rep, ["StageName"] = "Haggling\u001b[2J [red]x[/]", ["Amount"] = -5, ["IsClosed"] = false, ["IsWon"] = false,
            ["CloseDate"] = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        // Act
        var (exitCode, output, error) = RunSync(Config());

        // Assert: one line per issue, naming the record, every character visible.
        Assert.That(exitCode, Is.EqualTo(SyncExitCodes.Success), error);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("data issue:", StringComparison.Ordinal) && l.Contains(deal, StringComparison.Ordinal)).ToList();
        Assert.That(lines, Is.EqualTo(new[]
        {
            "data issue: negative-amount opportunity " + deal + ": Amount -5 is negative; scored as 0.",
            "data issue: unknown-stage opportunity " + deal + @": Stage 'Haggling\u001B[2J [red]x[/]' is not in the profile's catalogue; scored as the first stage.",
        }), output);
        Assert.That(output.IndexOf('\u001b'), Is.EqualTo(-1), "no raw ESC anywhere");
    }

    private static void AssertPlain(string error)
    {
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("Exception").And.Not.Contain("System."));
    }

    private string Config(string? mode = "clientCredentials", string? loginUrl = null, string? clientId = null)
    {
        var modeLine = mode is null ? "" : $"\"mode\": \"{mode}\", ";
        var path = Path.Combine(_folder, "acme.json");
        File.WriteAllText(path, $$"""
            {
              "org": { "loginUrl": "{{loginUrl ?? _emulator.BaseUrl.ToString().TrimEnd('/')}}" },
              "auth": { {{modeLine}}"clientId": "{{clientId ?? _emulator.Options.ClientId}}", "clientSecretVariable": "{{_secretVariable}}" },
              "profile": "profile.json",
              "settleSeconds": 0
            }
            """);
        return path;
    }

    private static (int ExitCode, string Output, string Error) RunSync(string configPath) => Run("salesforce", "sync", "--config", configPath);

    private static new (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand("test");
        root.Subcommands.Add(SalesforceCommand.Create(PlainConsole(output)));
        var exitCode = CommandLine.Invoke(root, args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
