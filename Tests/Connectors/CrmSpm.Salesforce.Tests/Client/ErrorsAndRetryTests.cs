using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce.Tests.Client;

public sealed class ErrorsAndRetryTests : SalesforceTestBase
{
    private const string AnyQuery = "SELECT Id FROM User";

    [Test]
    public async Task Query_TwoMaintenancePagesThenSuccess_Should_RetryWithBackoffAndSucceed()
    {
        // Arrange
        await StartEmulatorAsync();
        Emulator.Store.Seed("User", new JsonObject { ["Name"] = "Ana" });
        Emulator.Faults.ServiceUnavailable(times: 2);
        var client = CreateClient();

        // Act
        var rows = await client.QueryAsync(AnyQuery, false, CancellationToken.None).ToListAsync();

        // Assert: 3 attempts, 2 backoff delays taken from the injected clock (none slept), each within the 30 s cap.
        Assert.That(rows, Has.Count.EqualTo(1));
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(3));
        Assert.That(Time.Delays, Has.Count.EqualTo(2));
        Assert.That(Time.Delays, Has.All.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(LogLines.Count(l => l.StartsWith("retry")), Is.EqualTo(2));
    }

    [Test]
    public async Task Query_MaintenancePageOutlastsRetries_Should_ThrowNonJsonErrorWithPageTitle()
    {
        // Arrange: MaxRetries 2 → 3 attempts, all 503 HTML.
        await StartEmulatorAsync();
        Emulator.Faults.ServiceUnavailable(times: 5);
        var client = CreateClient(options: Options(maxRetries: 2));

        // Act
        var exception = Assert.ThrowsAsync<SalesforceApiException>(async () => await client.QueryAsync(AnyQuery, false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.HttpStatus, Is.EqualTo(503));
        Assert.That(exception.Errors.Single().Code, Is.EqualTo(SalesforceErrorCodes.NonJsonResponse));
        Assert.That(exception.Message, Does.Contain("Service Unavailable"));
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(3));
    }

    [Test]
    public async Task Query_HtmlServerErrorPage_Should_BeAnErrorNotACrashAndNotRetried()
    {
        // Arrange
        await StartEmulatorAsync();
        Emulator.Faults.HtmlPage(500, "Internal Server Error");
        var client = CreateClient();

        // Act
        var exception = Assert.ThrowsAsync<SalesforceApiException>(async () => await client.QueryAsync(AnyQuery, false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.Errors.Single().Message, Does.Contain("text/html").And.Contain("Internal Server Error"));
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task Write_RowLockedOnce_Should_BeRetried()
    {
        // Arrange
        await StartEmulatorAsync();
        Emulator.Faults.RowLock();
        var client = CreateClient();

        // Act
        var results = await client.Collections.CreateAsync("Account", new[] { new JsonObject { ["Name"] = "Acme" } }, CancellationToken.None);

        // Assert
        Assert.That(results.Single().Success, Is.True);
        Assert.That(Emulator.Store.Live("Account"), Has.Count.EqualTo(1));
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(2));
    }

    [Test]
    public async Task Query_DailyLimitUsedUp_Should_StopWithUsageAndNoRetry()
    {
        // Arrange: 15,000 of 15,000 calls used.
        await StartEmulatorAsync();
        Emulator.SetApiUsed(Emulator.Options.DailyApiLimit);
        var client = CreateClient();

        // Act
        var exception = Assert.ThrowsAsync<RequestLimitExceededException>(async () => await client.QueryAsync(AnyQuery, false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.Usage, Is.EqualTo(new ApiUsage(15000, 15000)));
        Assert.That(exception.Message, Does.Contain("15000/15000"));
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(1));
    }

    [Test]
    public async Task Query_Answered_Should_RecordDailyUsageFromHeader()
    {
        // Arrange: 41 calls already used today; ours is the 42nd.
        await StartEmulatorAsync();
        Emulator.SetApiUsed(41);
        var client = CreateClient();

        // Act
        await client.QueryAsync(AnyQuery, false, CancellationToken.None).ToListAsync();

        // Assert
        Assert.That(client.Calls.LatestUsage, Is.EqualTo(new ApiUsage(42, 15000)));
        Assert.That(client.Calls.LatestUsage!.Remaining, Is.EqualTo(14958));
    }

    [Test]
    public async Task Query_NoAnswer_Should_TimeOutAndBeRetried()
    {
        // Arrange: the first request hangs; the per-attempt timeout (2 min) runs on the test clock, so it fires
        // when the test moves the clock and the second attempt has all the time it needs.
        await StartEmulatorAsync();
        Emulator.Faults.Hang();
        var client = CreateClient();

        // Act
        var query = client.QueryAsync(AnyQuery, false, CancellationToken.None).ToListAsync().AsTask();
        await MoveClockPastTimeoutOnceHangingAsync();
        var rows = await query;

        // Assert
        Assert.That(rows, Is.Empty);
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(2));
    }

    [Test]
    public async Task Create_NoAnswer_Should_NotBeRetriedBecauseTheServerMayHaveCommitted()
    {
        // Arrange
        await StartEmulatorAsync();
        Emulator.Faults.Hang();
        var client = CreateClient();

        // Act
        var create = client.Collections.CreateAsync("Account", new[] { new JsonObject { ["Name"] = "Acme" } }, CancellationToken.None);
        await MoveClockPastTimeoutOnceHangingAsync();

        // Assert
        Assert.That(async () => await create, Throws.TypeOf<SalesforceTransportException>()
            .With.Message.EqualTo("The write request to 127.0.0.1 got no answer within 120 s (requestTimeoutSeconds in the config).")
            .And.InnerException.TypeOf<TimeoutException>());
        Assert.That(Emulator.Stats.DataRequests, Is.EqualTo(1));
    }

    /// <summary>Waits for the hanging request to reach the emulator (the wall-clock limit only guards a broken test).</summary>
    private async Task MoveClockPastTimeoutOnceHangingAsync()
    {
        await Emulator.Faults.Hanging.WaitAsync(TimeSpan.FromSeconds(30));
        Time.Advance(Options().RequestTimeout);
    }

    [TestCase("{\"garbage\":true}")]
    [TestCase("not json at all")]
    [TestCase("")]
    public void ErrorBodyParser_UnexpectedBodies_Should_NeverThrow(string body)
    {
        // Act
        var errors = ErrorBodyParser.Parse(400, "application/json", body);

        // Assert: either a generic error or none, never an exception.
        Assert.That(errors.Count, Is.LessThanOrEqualTo(1));
    }

    [Test]
    public void ApiUsage_HeaderWithPerAppUsage_Should_ReadTheOrgFigure()
    {
        Assert.That(ApiUsage.TryParse("api-usage=18/5000; per-app-api-usage=17/250(appName=sample-connected-app)"),
            Is.EqualTo(new ApiUsage(18, 5000)));
        Assert.That(ApiUsage.TryParse("per-app-api-usage=17/250(appName=x)"), Is.Null);
        Assert.That(ApiUsage.TryParse("api-usage=abc/5000"), Is.Null);
    }
}
