using System.Globalization;
using BenchmarkDotNet.Attributes;
using CrmSpm.Core.Profile;
using CrmSpm.Salesforce;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Sync;
using CrmSpm.Salesforce.Sync.State;
using CrmSpm.Salesforce.Emulator;
using CrmSpm.Salesforce.Emulator.Support;

namespace CrmSpm.Benchmarks.Salesforce;

// The first sync of 10,000 opportunities and 100,000 activities against the loopback emulator (docs/performance.md).
// WriteChunkSize 200 is the connector (sObject Collections); 1 writes one record per call, as the old toolkit does.
// The API calls of each run are printed ("// salesforce-calls ..."), and those of an untimed rerun with nothing
// changed in the org, counted by the emulator ("// salesforce-rerun ...").
[Config(typeof(LongInProcessConfig))]
public class FirstSyncBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private RecordingTimeProvider _clock = null!;
    private SalesforceEmulator _emulator = null!;
    private HttpClient _http = null!;
    private SyncSummary? _last;
    private InMemorySyncStateStore _state = null!;

    [Params(200, 1)]
    public int WriteChunkSize { get; set; }

    [IterationSetup]
    public void SeedOrg()
    {
        _clock = new RecordingTimeProvider(Now.AddHours(-1));
        _emulator = SalesforceEmulator.StartAsync(new EmulatorOptions { Clock = _clock, DailyApiLimit = 1_000_000 }).GetAwaiter().GetResult();
        SalesforceOrgGenerator.Seed(_emulator.Store, Now.AddHours(-1));
        _clock.SetUtcNow(Now);
        _http = new HttpClient();
        _state = new InMemorySyncStateStore();
    }

    [Benchmark]
    public async Task<int> FirstSync()
    {
        _last = await RunAsync();
        return _last.TipsCreated;
    }

    private Task<SyncSummary> RunAsync()
    {
        var auth = new ClientCredentialsSettings(_emulator.BaseUrl, _emulator.Options.ClientId, new Secret(_emulator.Options.ClientSecret));
        var client = SalesforceClientFactory.Create(_http, auth, new SalesforceClientOptions(), _clock);
        var sync = new SalesforceSync(client, _state, ScoringProfile.Default, new SyncOptions { WriteChunkSize = WriteChunkSize }, _clock);
        return sync.RunAsync(CancellationToken.None);
    }

    [IterationCleanup]
    public void Report()
    {
        if (_last is { } s)
        {
            var read = s.RowsRead.Values.Sum();
            var written = s.TipsWritten + s.ScorecardsWritten;
            var minimum = ApiCallMinimum.For(s);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// salesforce-calls chunk={WriteChunkSize} calls={s.ApiCalls} rowsRead={read} written={written} " +
                $"(tips {s.TipsWritten}, scorecards {s.ScorecardsWritten}) minimum={minimum} ratio={(double)s.ApiCalls / minimum:0.000} " +
                $"perRecordEverything={1 + read + written} describes={_emulator.Stats.Describes}"));

            // The steady state: ten minutes later, nothing changed in the org but our own writes.
            var requestsBefore = _emulator.Stats.DataRequests + _emulator.Stats.TokenRequests;
            var queriesBefore = _emulator.Stats.QueryRequests;
            var writesBefore = _emulator.Stats.WriteCalls;
            _clock.SetUtcNow(Now.AddMinutes(10));
            var rerun = RunAsync().GetAwaiter().GetResult();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// salesforce-rerun chunk={WriteChunkSize} calls={rerun.ApiCalls} " +
                $"emulatorRequests={_emulator.Stats.DataRequests + _emulator.Stats.TokenRequests - requestsBefore} " +
                $"queries={_emulator.Stats.QueryRequests - queriesBefore} writes={_emulator.Stats.WriteCalls - writesBefore} " +
                $"rowsRead={rerun.RowsRead.Values.Sum()} tipsWritten={rerun.TipsWritten} scorecardsWritten={rerun.ScorecardsWritten}"));
        }

        _http.Dispose();
        _emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
