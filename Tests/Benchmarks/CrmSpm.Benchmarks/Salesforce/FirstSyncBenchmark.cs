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

// Issue 6 §Performance: the first sync of 10,000 opportunities and 100,000 activities against the loopback
// emulator. WriteChunkSize 200 is the connector (sObject Collections); 1 writes one record per call, as the
// old toolkit does. The API calls of each run are printed ("// salesforce-calls ...") for docs/performance.md.
[ShortRunJob]
public class FirstSyncBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private RecordingTimeProvider _clock = null!;
    private SalesforceEmulator _emulator = null!;
    private HttpClient _http = null!;
    private SyncSummary? _last;

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
    }

    [Benchmark]
    public async Task<int> FirstSync()
    {
        var auth = new ClientCredentialsSettings(_emulator.BaseUrl, _emulator.Options.ClientId, new Secret(_emulator.Options.ClientSecret));
        var client = SalesforceClientFactory.Create(_http, auth, new SalesforceClientOptions(), _clock);
        var sync = new SalesforceSync(client, new InMemorySyncStateStore(), ScoringProfile.Default,
            new SyncOptions { WriteChunkSize = WriteChunkSize }, _clock);
        _last = await sync.RunAsync(CancellationToken.None);
        return _last.TipsCreated;
    }

    [IterationCleanup]
    public void Report()
    {
        if (_last is { } s)
        {
            var read = s.RowsRead.Values.Sum();
            var written = s.TipsWritten + s.ScorecardsWritten;
            var minimum = 1 + (read + 1999) / 2000 + (written + 199) / 200;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// salesforce-calls chunk={WriteChunkSize} calls={s.ApiCalls} rowsRead={read} written={written} " +
                $"(tips {s.TipsWritten}, scorecards {s.ScorecardsWritten}) minimum={minimum} ratio={(double)s.ApiCalls / minimum:0.000} " +
                $"perRecordEverything={1 + read + written}"));
        }

        _http.Dispose();
        _emulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
