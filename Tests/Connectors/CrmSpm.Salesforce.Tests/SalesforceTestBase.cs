using System.Security.Cryptography;
using CrmSpm.Core.Profile;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Sync;
using CrmSpm.Salesforce.Sync.State;
using CrmSpm.Salesforce.Emulator;
using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests;

/// <summary>
/// The one base of this project: a recording clock, captured client log lines, the loopback emulator on
/// demand, and clients wired to it (or to recorded fixtures through <see cref="StubHandler"/>).
/// </summary>
public abstract class SalesforceTestBase
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly List<IAsyncDisposable> _disposables = new();
    private readonly List<IDisposable> _handlers = new();

    protected RecordingTimeProvider Time { get; private set; } = null!;

    protected List<string> LogLines { get; } = new();

    protected SalesforceEmulator Emulator { get; private set; } = null!;

    [SetUp]
    public void CreateClock()
    {
        Time = new RecordingTimeProvider(Now);
        LogLines.Clear();
    }

    [TearDown]
    public async Task DisposeEmulators()
    {
        foreach (var handler in _handlers)
        {
            handler.Dispose();
        }

        foreach (var disposable in _disposables)
        {
            await disposable.DisposeAsync();
        }

        _handlers.Clear();
        _disposables.Clear();
    }

    protected async Task<SalesforceEmulator> StartEmulatorAsync(EmulatorOptions? options = null)
    {
        Emulator = await SalesforceEmulator.StartAsync(options ?? new EmulatorOptions { Clock = Time });
        _disposables.Add(Emulator);
        return Emulator;
    }

    protected SalesforceClientOptions Options(int maxRetries = 4, TimeSpan? requestTimeout = null) => new()
    {
        MaxRetries = maxRetries,
        // Long enough for RecordingTimeProvider to hold it: it fires only when a test moves the clock past it.
        RequestTimeout = requestTimeout ?? TimeSpan.FromMinutes(2),
        Log = line =>
        {
            lock (LogLines)
            {
                LogLines.Add(line);
            }
        },
    };

    protected AuthSettings ClientCredentials() =>
        new ClientCredentialsSettings(Emulator.BaseUrl, Emulator.Options.ClientId, new Secret(Emulator.Options.ClientSecret));

    /// <summary>A client on the emulator; the jitter source is fixed at 0.5 so backoff delays are predictable.</summary>
    protected SalesforceClient CreateClient(AuthSettings? auth = null, SalesforceClientOptions? options = null)
    {
        var http = new HttpClient();
        _handlers.Add(http);
        return SalesforceClientFactory.Create(http, auth ?? ClientCredentials(), options ?? Options(), Time, () => 0.5);
    }

    /// <summary>A client whose requests are answered by canned responses (the recorded fixtures).</summary>
    protected SalesforceClient CreateStubClient(StubHandler stub, SalesforceClientOptions? options = null, AuthSettings? auth = null)
    {
        var http = new HttpClient(stub);
        _handlers.Add(http);
        auth ??= new ClientCredentialsSettings(new Uri("https://example.my.salesforce.com"), "client", new Secret("stub-secret"));
        return SalesforceClientFactory.Create(http, auth, options ?? Options(), Time, () => 0.5);
    }

    protected static RSA NewRsaKey() => RSA.Create(2048);

    /// <summary>The sync's state between runs of one test.</summary>
    protected InMemorySyncStateStore StateStore { get; private set; } = new();

    [SetUp]
    public void CreateStateStore() => StateStore = new InMemorySyncStateStore();

    /// <summary>Seeds data as of one hour before <see cref="Now"/>, so the first window (ending 2 minutes before now) sees it.</summary>
    protected OrgBuilder SeedOrg(Action<OrgBuilder> seed)
    {
        var builder = new OrgBuilder(Emulator.Store);
        var current = Time.GetUtcNow();
        Time.SetUtcNow(current.AddHours(-1));
        seed(builder);
        Time.SetUtcNow(current);
        return builder;
    }

    /// <summary>The default profile with only the named rules switched on (each test's expectations follow from those).</summary>
    protected static ScoringProfile ProfileWithOnly(params string[] ruleIds)
    {
        var profile = ScoringProfile.Default;
        foreach (var rule in profile.Rules)
        {
            rule.Enabled = ruleIds.Contains(rule.Id);
        }

        return profile;
    }

    /// <summary>One sync run at <paramref name="at"/> with a fresh client, as the command line does it.</summary>
    protected async Task<SyncSummary> RunSyncAsync(DateTimeOffset at, ScoringProfile profile, CancellationToken cancellationToken = default,
        SyncOptions? options = null)
    {
        Time.SetUtcNow(at);
        var sync = new SalesforceSync(CreateClient(), StateStore, profile, options ?? new SyncOptions(), Time);
        return await sync.RunAsync(cancellationToken);
    }
}
