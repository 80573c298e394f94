using CrmSpm.Salesforce.Json;
using CrmSpm.Salesforce.Query;
using CrmSpm.Salesforce.Tests.Support;
using System.Text.Json.Nodes;

namespace CrmSpm.Salesforce.Tests.Client;

public sealed class SalesforceDateTimeTests : SalesforceTestBase
{
    [Test]
    public void Parse_RecordedFixtureValue_Should_ReadUtcWithMilliseconds()
    {
        // Arrange: DateTime_Label of the recorded query_success_response.json is "2011-07-07T00:37:00.000+0000".
        var page = QueryPage.Parse(RepositoryFiles.RestforceFixture("sobject/query_success_response.json"));

        // Act
        var value = page.Records[0].GetDateTime("DateTime_Label");

        // Assert
        Assert.That(value, Is.EqualTo(new DateTimeOffset(2011, 7, 7, 0, 37, 0, TimeSpan.Zero)));
    }

    [TestCase("2021-11-06T17:38:40.000+0000")]
    [TestCase("2021-11-06T17:38:40.000+00:00")]
    [TestCase("2021-11-06T17:38:40.000Z")]
    [TestCase("2021-11-06T19:38:40.000+0200")]
    public void Parse_AnyUtcSpelling_Should_GiveTheSameInstant(string text)
    {
        // Act
        var value = SalesforceDateTime.Parse(text);

        // Assert
        Assert.That(value, Is.EqualTo(new DateTimeOffset(2021, 11, 6, 17, 38, 40, TimeSpan.Zero)));
        Assert.That(value.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Format_LocalOffset_Should_WriteSalesforceUtcForm()
    {
        // Arrange: 19:38:40.123 at +02:00 is 17:38:40.123 UTC.
        var value = new DateTimeOffset(2021, 11, 6, 19, 38, 40, 123, TimeSpan.FromHours(2));

        // Act
        var text = SalesforceDateTime.Format(value);

        // Assert
        Assert.That(text, Is.EqualTo("2021-11-06T17:38:40.123+0000"));
    }

    [TestCase("")]
    [TestCase("yesterday")]
    [TestCase("2021-13-06T17:38:40.000+0000")]
    public void Parse_Garbage_Should_ThrowFormatException(string text)
    {
        Assert.That(() => SalesforceDateTime.Parse(text), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void GetDateTime_FieldHoldingANumber_Should_NameRecordAndField()
    {
        // Arrange
        var record = new SObjectRecord(new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = "Opportunity" },
            ["Id"] = "006000000000001AAA",
            ["CloseDate"] = 42,
        });

        // Act / Assert
        Assert.That(() => record.GetDateTime("CloseDate"),
            Throws.TypeOf<FormatException>().With.Message.Contains("Opportunity 006000000000001AAA").And.Message.Contains("CloseDate"));
    }
}
