using System.Text.Json.Nodes;
using CrmSpm.Salesforce.Auth;
using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Tests.Support;

namespace CrmSpm.Salesforce.Tests.Client;

/// <summary>The real client parses the recorded Salesforce responses recorded by the restforce project (Fixtures/restforce).</summary>
public sealed class RecordedFixtureTests : SalesforceTestBase
{
    private static string Fixture(string name) => RepositoryFiles.RestforceFixture(name);

    [Test]
    public async Task Query_PaginatedFixtures_Should_FollowNextRecordsUrlUntilDone()
    {
        // Arrange: login, then the two recorded pages (the first names /services/data/v26.0/query/01gD).
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(200, Fixture("sobject/query_paginated_first_page_response.json"))
            .Respond(200, Fixture("sobject/query_paginated_last_page_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var labels = await client.QueryAsync("SELECT Text_Label FROM Whizbang", false, CancellationToken.None)
            .Select(r => r.GetString("Text_Label")).ToListAsync();

        // Assert: instance_url of the auth fixture is https://na1.salesforce.com.
        Assert.That(labels, Is.EqualTo(new[] { "First Page", "Last Page" }));
        Assert.That(stub.Requests[2].Uri.ToString(), Is.EqualTo("https://na1.salesforce.com/services/data/v26.0/query/01gD"));
        Assert.That(stub.Requests[1].Uri.AbsolutePath, Is.EqualTo("/services/data/v66.0/query"));
    }

    [Test]
    public async Task Query_SuccessFixture_Should_ReadTypedFieldsAndParentRelationship()
    {
        // Arrange
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(200, Fixture("sobject/query_success_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var record = await client.QueryAsync("SELECT Id FROM Whizbang", false, CancellationToken.None).SingleAsync();

        // Assert: values as recorded.
        Assert.That(record.Type, Is.EqualTo("Whizbang"));
        Assert.That(record.GetBoolean("Checkbox_Label"), Is.False);
        Assert.That(record.GetString("Text_Label"), Is.EqualTo("Hi there!"));
        Assert.That(record.GetDate("Date_Label"), Is.EqualTo(new DateTimeOffset(2010, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(record.GetString("ParentWhizbang__r.Name"), Is.EqualTo("Parent Whizbang"));
    }

    [Test]
    public async Task Query_AggregateAndEmptyFixtures_Should_Parse()
    {
        // Arrange
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(200, Fixture("sobject/query_aggregate_success_response.json"))
            .Respond(200, Fixture("sobject/query_empty_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var sums = await client.QueryAsync("SELECT CampaignId, SUM(Amount) FROM Opportunity GROUP BY CampaignId", false, CancellationToken.None)
            .Select(r => r.GetDecimal("expr0")).ToListAsync();
        var empty = await client.QueryAsync("SELECT Id FROM Account", false, CancellationToken.None).ToListAsync();

        // Assert: expr0 values 300.0, 100.0, 400 as recorded.
        Assert.That(sums, Is.EqualTo(new decimal?[] { 300m, 100m, 400m }));
        Assert.That(empty, Is.Empty);
    }

    [Test]
    public void Query_ErrorFixture_Should_KeepCodeAndMessage()
    {
        // Arrange
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(400, Fixture("sobject/query_error_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var exception = Assert.ThrowsAsync<SalesforceApiException>(async () =>
            await client.QueryAsync("SELECT foo FROM Bar", false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.HttpStatus, Is.EqualTo(400));
        Assert.That(exception.Errors.Single(), Is.EqualTo(new SalesforceError("INVALID_FIELD", "error_message", Array.Empty<string>())).Using<SalesforceError>(SameError));
    }

    [Test]
    public void Login_AuthErrorFixture_Should_ThrowWithOAuthCodeAndDescription()
    {
        // Arrange
        var stub = new StubHandler().Respond(400, Fixture("auth_error_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var exception = Assert.ThrowsAsync<SalesforceAuthenticationException>(async () =>
            await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.Error, Is.EqualTo("invalid_grant"));
        Assert.That(exception.Description, Is.EqualTo("authentication failure - Invalid Password"));
        Assert.That(exception.Message, Does.Not.Contain("stub-secret"));
    }

    [Test]
    public async Task Query_ExpiredSessionFixture_Should_LogInAgainOnceAndRepeat()
    {
        // Arrange: first token, 401 INVALID_SESSION_ID (recorded), second token (reauth fixture), then data.
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(401, Fixture("expired_session_response.json"))
            .Respond(200, Fixture("reauth_success_response.json"))
            .Respond(200, Fixture("sobject/query_empty_response.json"));
        var client = CreateStubClient(stub);

        // Act
        await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync();

        // Assert: the repeated query carries the new token "new_access_token".
        Assert.That(client.Calls.Authentication, Is.EqualTo(2));
        Assert.That(stub.Requests.Count, Is.EqualTo(4));
        Assert.That(client.Calls.Total, Is.EqualTo(4));
    }

    [Test]
    public void Query_SessionRejectedAgainAfterFreshLogin_Should_ThrowInsteadOfLooping()
    {
        // Arrange: login, 401, login again, 401 again.
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(401, Fixture("expired_session_response.json"))
            .Respond(200, Fixture("reauth_success_response.json"))
            .Respond(401, Fixture("expired_session_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var exception = Assert.ThrowsAsync<SalesforceApiException>(async () =>
            await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(exception!.HttpStatus, Is.EqualTo(401));
        Assert.That(exception.HasErrorCode(SalesforceErrorCodes.InvalidSessionId), Is.True);
        Assert.That(stub.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task UpsertByExternalId_MultipleMatchFixture_Should_ReportAmbiguityWithoutThrowing()
    {
        // Arrange
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(300, Fixture("sobject/upsert_multiple_error_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var result = await client.UpsertByExternalIdAsync("Whizbang", "External_Field__c", "1234", new JsonObject(), CancellationToken.None);

        // Assert
        Assert.That(result.IsAmbiguous, Is.True);
        Assert.That(result.MultipleMatches, Is.EqualTo(new[] { "/services/data/v23.0/sobjects/Whizbang/foo", "/services/data/v23.0/sobjects/Whizbang/bar" }));
    }

    [Test]
    public async Task UpsertByExternalId_CreatedFixture_Should_ReturnIdAndCreated()
    {
        // Arrange: the recorded body has no "created" flag (pre-v46 shape); status 201 means inserted.
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(201, Fixture("sobject/upsert_created_success_response.json"));
        var client = CreateStubClient(stub);

        // Act
        var result = await client.UpsertByExternalIdAsync("Whizbang", "External_Field__c", "1234", new JsonObject(), CancellationToken.None);

        // Assert
        Assert.That(result.Id, Is.EqualTo("foo"));
        Assert.That(result.Created, Is.True);
    }

    [TestCase("sobject/upsert_error_response.json", 404, "NOT_FOUND", "Provided external ID field does not exist or is not accessible: Namez")]
    [TestCase("sobject/write_error_response.json", 400, "INVALID_FIELD", "No such column 'foo' on sobject of type Bar")]
    public void UpsertByExternalId_ErrorFixtures_Should_ThrowWithErrorKeptWhole(string fixture, int status, string code, string message)
    {
        // Arrange
        var stub = new StubHandler()
            .Respond(200, Fixture("auth_success_response.json"))
            .Respond(status, Fixture(fixture));
        var client = CreateStubClient(stub);

        // Act
        var exception = Assert.ThrowsAsync<SalesforceApiException>(async () =>
            await client.UpsertByExternalIdAsync("Whizbang", "Namez", "1", new JsonObject(), CancellationToken.None));

        // Assert
        Assert.That(exception!.Errors.Single().Code, Is.EqualTo(code));
        Assert.That(exception.Errors.Single().Message, Is.EqualTo(message));
    }

    [Test]
    public void Login_RefreshErrorFixture_Should_ThrowExpiredRefreshToken()
    {
        // Arrange
        var stub = new StubHandler().Respond(400, Fixture("refresh_error_response.json"));
        var http = new HttpClient(stub);
        var auth = new RefreshTokenSettings(new Uri("https://login.salesforce.com"), "client", null, new Secret("refresh-me"));
        var client = SalesforceClientFactory.Create(http, auth, Options(), Time);

        // Act
        var exception = Assert.ThrowsAsync<SalesforceAuthenticationException>(async () =>
            await client.QueryAsync("SELECT Id FROM User", false, CancellationToken.None).ToListAsync());

        // Assert: the refresh token went in the body, not the URL.
        Assert.That(exception!.Description, Is.EqualTo("expired access/refresh token"));
        Assert.That(stub.Requests[0].Uri.ToString(), Is.EqualTo("https://login.salesforce.com/services/oauth2/token"));
        Assert.That(stub.Requests[0].Body, Does.Contain("refresh_token=refresh-me"));
    }

    private static bool SameError(SalesforceError a, SalesforceError b) =>
        a.Code == b.Code && a.Message == b.Message && a.Fields.SequenceEqual(b.Fields);
}
