extern alias plugins;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Tests.Serve;

/// <summary>
/// The served Web API over HTTP, in the shapes the Dataverse Web API documents: annotations with
/// <c>Prefer: odata.include-annotations="*"</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns), FetchXML with the
/// hierarchy operator <c>under</c> (https://learn.microsoft.com/power-apps/developer/data-platform/fetchxml/reference/operators),
/// If-Match (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/perform-conditional-operations-using-web-api)
/// and error bodies (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class LocalWebApiTests
{
    [OneTimeTearDown]
    public Task StopAsync() => ServedDemo.StopAsync();

    [Test]
    public async Task RetrieveWithExpand_Should_AnswerWithETagLookupAndFormattedValueAnnotations()
    {
        // Arrange
        var (org, links, server) = await ServedDemo.GetAsync();
        using var client = await SignedInAsync(server.Address, links.Rep);

        // Act
        var json = await GetJsonAsync(client, $"api/data/v9.2/opportunities({links.Deal})?$select=name,_ownerid_value&$expand=Opportunity_Tasks($select=subject,crmspm_severity;$filter=statecode eq 0 and crmspm_ruleid ne null;$orderby=crmspm_severity desc)");

        // Assert: the row as the org holds it, the lookup as _x_value with its name, choices with their labels.
        var tips = json["Opportunity_Tasks"]!.AsArray();
        var openTips = CountOpenTips(org.Organization, links.Deal);
        Assert.Multiple(() =>
        {
            Assert.That((string?)json["@odata.etag"], Does.StartWith("W/\""));
            Assert.That((string?)json["name"], Is.EqualTo(links.DealName));
            Assert.That((string?)json["_ownerid_value"], Is.EqualTo(links.Rep.ToString("D")));
            Assert.That((string?)json["_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"], Is.EqualTo("systemuser"));
            Assert.That(tips, Has.Count.EqualTo(openTips));
            Assert.That(tips.Select(t => (int)t!["crmspm_severity"]!), Is.Ordered.Descending);
            Assert.That(tips.Select(t => (string?)t!["crmspm_severity@OData.Community.Display.V1.FormattedValue"]).Distinct(), Is.SubsetOf(new[] { "Low", "Medium", "High" }));
        });
    }

    [Test]
    public async Task FetchXmlUnderTheManager_Should_ReturnOnlyTheirReportsScorecardsWithAliasedColumns()
    {
        // Arrange
        var (org, links, server) = await ServedDemo.GetAsync();
        using var client = await SignedInAsync(server.Address, links.Manager);
        var fetch = "<fetch><entity name=\"crmspm_scorecard\"><attribute name=\"crmspm_repid\"/>" +
            "<filter><condition attribute=\"crmspm_period\" operator=\"eq\" value=\"2026-11\"/></filter>" +
            "<link-entity name=\"systemuser\" from=\"systemuserid\" to=\"crmspm_repid\" link-type=\"inner\" alias=\"rep\">" +
            "<attribute name=\"parentsystemuserid\"/>" +
            $"<filter><condition attribute=\"systemuserid\" operator=\"under\" value=\"{links.Manager}\"/></filter></link-entity></entity></fetch>";

        // Act
        var json = await GetJsonAsync(client, "api/data/v9.2/crmspm_scorecards?fetchXml=" + Uri.EscapeDataString(fetch));

        // Assert: every row's rep reports to the manager, whose name is the aliased lookup's formatted value.
        var rows = json["value"]!.AsArray();
        var managerName = org.Organization.SystemService.Retrieve(SystemUserColumns.EntityName, links.Manager, new ColumnSet(SystemUserColumns.FullName)).GetAttributeValue<string>(SystemUserColumns.FullName);
        Assert.That(rows, Is.Not.Empty);
        Assert.That(rows.Select(r => (string?)r!["rep.parentsystemuserid"]), Is.All.EqualTo(links.Manager.ToString("D")));
        Assert.That(rows.Select(r => (string?)r!["rep.parentsystemuserid@OData.Community.Display.V1.FormattedValue"]), Is.All.EqualTo(managerName));
    }

    [Test]
    public async Task PatchWithAnOldETag_Should_Answer412WithTheErrorBodyAndWriteNothing()
    {
        // Arrange
        var (org, links, server) = await ServedDemo.GetAsync();
        using var client = await SignedInAsync(server.Address, links.Admin);
        var (id, version, request) = await VersionPatchAsync(client);
        request.Headers.TryAddWithoutValidation("If-Match", "W/\"1\"");

        // Act
        var response = await client.SendAsync(request);

        // Assert
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((string?)error["code"], Is.EqualTo("0x80060882"));
        Assert.That(VersionOf(org.Organization, id), Is.EqualTo(version), "nothing written");
    }

    [Test]
    public async Task ReadingAnotherRepsDeal_Should_AnswerWithThePrivilegeErrorCode()
    {
        // Arrange: a rep reads only their own deals (the demo's Salesperson role).
        var (org, links, server) = await ServedDemo.GetAsync();
        var otherRep = OtherRepOf(org.Organization, links);
        using var client = await SignedInAsync(server.Address, otherRep);

        // Act
        var response = await client.GetAsync($"api/data/v9.2/opportunities({links.Deal})?$select=name");

        // Assert: 0x80040220 PrivilegeDenied (web-service-error-codes), which the panels turn into words.
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((string?)error["code"], Is.EqualTo("0x80040220"));
    }

    [Test]
    public async Task UnknownColumnInFilter_Should_Answer400WithAPlainMessage()
    {
        // Arrange
        var (_, links, server) = await ServedDemo.GetAsync();
        using var client = await SignedInAsync(server.Address, links.Rep);

        // Act
        var response = await client.GetAsync("api/data/v9.2/opportunities?$filter=nosuchcolumn eq 1");

        // Assert
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)error["message"], Is.EqualTo("Could not find a property named 'nosuchcolumn' on type 'Microsoft.Dynamics.CRM.opportunity'."));
    }

    [Test]
    public async Task ARequestForAnotherHost_Should_Answer403()
    {
        // Arrange: DNS rebinding: a site's own name resolved to 127.0.0.1, so the browser sends that name as Host.
        var (_, links, server) = await ServedDemo.GetAsync();
        using var client = await SignedInAsync(server.Address, links.Rep);
        var request = new HttpRequestMessage(HttpMethod.Get, $"api/data/v9.2/opportunities({links.Deal})?$select=name");
        request.Headers.Host = "attacker.example:" + server.Address.Port;

        // Act
        var response = await client.SendAsync(request);

        // Assert: refused, and the deal's name is not in the answer.
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(body, Does.Not.Contain(links.DealName));
        Assert.That(body, Does.Contain("This server answers only http://127.0.0.1:" + server.Address.Port + "/"));
    }

    [Test]
    public async Task AWriteFromAnotherOrigin_Should_Answer403AndWriteNothing()
    {
        // Arrange: another site's page posting to the server (cross-site request forgery).
        var (org, links, server) = await ServedDemo.GetAsync();
        using var client = await SignedInAsync(server.Address, links.Admin);
        var (id, version, request) = await VersionPatchAsync(client);
        request.Headers.TryAddWithoutValidation("Origin", "http://attacker.example");

        // Act
        var response = await client.SendAsync(request);

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(VersionOf(org.Organization, id), Is.EqualTo(version), "nothing written");
    }

    [TestCase("127.0.0.1", true)]
    [TestCase("localhost", true)]
    [TestCase("localhost", false)]
    public async Task ARequestFromTheServedOrigin_Should_BeAnswered(string name, bool withOrigin)
    {
        // Arrange: the served pages themselves (a browser sends Origin on their writes, not always on reads).
        var (_, links, server) = await ServedDemo.GetAsync();
        using var client = await SignedInAsync(server.Address, links.Rep);
        var request = new HttpRequestMessage(HttpMethod.Get, $"api/data/v9.2/opportunities({links.Deal})?$select=name");
        request.Headers.Host = name + ":" + server.Address.Port;
        if (withOrigin)
        {
            request.Headers.TryAddWithoutValidation("Origin", "http://" + name + ":" + server.Address.Port);
        }

        // Act
        var response = await client.SendAsync(request);

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The active profile's id and version, and a PATCH setting its version to 99 (headers left to the test).</summary>
    private static async Task<(string Id, int Version, HttpRequestMessage Request)> VersionPatchAsync(HttpClient client)
    {
        var profile = await GetJsonAsync(client, "api/data/v9.2/crmspm_scoringprofiles?$select=crmspm_version&$filter=crmspm_isactive eq true&$top=1");
        var row = profile["value"]![0]!;
        var id = (string)row["crmspm_scoringprofileid"]!;
        var request = new HttpRequestMessage(HttpMethod.Patch, $"api/data/v9.2/crmspm_scoringprofiles({id})")
        {
            Content = new StringContent("{\"crmspm_version\":99}", Encoding.UTF8, "application/json"),
        };
        return (id, (int)row["crmspm_version"]!, request);
    }

    private static int VersionOf(CrmSpm.EmbeddedOrg.EmbeddedOrganization org, string id) =>
        org.SystemService.Retrieve(ScoringProfileColumns.EntityName, Guid.Parse(id), new ColumnSet(ScoringProfileColumns.Version)).GetAttributeValue<int>(ScoringProfileColumns.Version);

    private static async Task<HttpClient> SignedInAsync(Uri address, Guid user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = address };
        var signIn = await client.GetAsync("signin?user=" + user + "&then=/");
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        client.DefaultRequestHeaders.Add("Prefer", "odata.include-annotations=\"*\"");
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    private static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonNode.Parse(body)!;
    }

    private static int CountOpenTips(CrmSpm.EmbeddedOrg.EmbeddedOrganization org, Guid deal)
    {
        var query = new QueryExpression(ActivityColumns.Task) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(ActivityColumns.RegardingObjectId, ConditionOperator.Equal, deal);
        query.Criteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, 0);
        query.Criteria.AddCondition(CoachingTipColumns.RuleId, ConditionOperator.NotNull);
        return org.SystemService.RetrieveMultiple(query).Entities.Count;
    }

    private static Guid OtherRepOf(CrmSpm.EmbeddedOrg.EmbeddedOrganization org, CrmSpm.Cli.Serve.ServeLinks links)
    {
        var query = new QueryExpression(SystemUserColumns.EntityName) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(SystemUserColumns.ParentSystemUserId, ConditionOperator.NotNull);
        return org.SystemService.RetrieveMultiple(query).Entities.Select(u => u.Id).First(id => id != links.Rep);
    }
}
