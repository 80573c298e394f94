using CrmSpm.Salesforce.Http;
using CrmSpm.Salesforce.Sync;
using CrmSpm.Salesforce.Sync.Mirror;

namespace CrmSpm.Salesforce.Tests.Schema;

/// <summary>
/// Every query the sync sends is valid against an emulator that knows each object's real fields
/// (Tests/Connectors/CrmSpm.Salesforce.Emulator/Schema), and an unknown field gets Salesforce's INVALID_FIELD answer.
/// </summary>
public sealed class FieldExactQueryTests : SalesforceTestBase
{
    private static IEnumerable<string> SyncedObjectNames() => SyncedObjects.All.Select(o => o.Name);

    [TestCaseSource(nameof(SyncedObjectNames))]
    public async Task SyncQuery_OfEachObject_Should_BeAcceptedByAnOrgWithOnlyTheStandardFields(string name)
    {
        // Arrange: an org without any edition- or feature-dependent field.
        await StartEmulatorAsync();
        var synced = SyncedObjects.Find(name)!;
        var soql = ChangeReader.Soql(synced, synced.FieldsFor(described: null), Now.AddDays(-1), Now);

        // Act
        var rows = await CreateClient().QueryAsync(soql, includeDeletedAndArchived: true, CancellationToken.None).ToListAsync();

        // Assert
        Assert.That(rows, Is.Empty);
        Assert.That(Emulator.Stats.ReceivedQueries.Single(), Does.StartWith("SELECT Id"));
    }

    [TestCaseSource(nameof(SyncedObjectNames))]
    public async Task SyncQuery_OfEachObject_WithEveryOptionalField_Should_BeAcceptedByAnOrgThatHasThem(string name)
    {
        // Arrange: multicurrency, territories and record types switched on.
        await StartEmulatorAsync(new EmulatorOptions
        {
            Clock = Time,
            VaryingFields = new HashSet<string> { "CurrencyIsoCode", "Territory2Id", "RecordTypeId" },
        });
        var synced = SyncedObjects.Find(name)!;
        var soql = ChangeReader.Soql(synced, synced.FieldsFor(synced.OptionalFields.ToList()), null, Now);

        // Act / Assert
        Assert.That(async () => await CreateClient().QueryAsync(soql, true, CancellationToken.None).ToListAsync(), Throws.Nothing);
    }

    [Test]
    public async Task Query_IsDeletedOnUser_Should_AnswerInvalidFieldExactlyAsARealOrg()
    {
        // Arrange: User has no IsDeleted (https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/system_fields.htm:
        // "IsDeleted … does not appear in all objects"); a real org answers 400 INVALID_FIELD with the query quoted.
        await StartEmulatorAsync();

        // Act
        var error = Assert.ThrowsAsync<SalesforceApiException>(async () =>
            await CreateClient().QueryAsync("SELECT Id, IsDeleted FROM User", true, CancellationToken.None).ToListAsync());

        // Assert
        Assert.That(error!.HttpStatus, Is.EqualTo(400));
        Assert.That(error.Errors.Single().Code, Is.EqualTo("INVALID_FIELD"));
        Assert.That(error.Errors.Single().Message, Is.EqualTo(
            "\nSELECT Id, IsDeleted FROM User\n           ^\nERROR at Row:1:Column:12\nNo such column 'IsDeleted' on entity 'User'. " +
            "If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. " +
            "Please reference your WSDL or the describe call for the appropriate names."));
    }

    [TestCase("OpportunityFieldHistory", "SystemModstamp")]
    [TestCase("OpportunityHistory", "LastModifiedDate")]
    [TestCase("OpportunityHistory", "OwnerId")]
    [TestCase("Opportunity", "CurrencyIsoCode")]
    public async Task Query_FieldTheObjectLacks_Should_BeRefused(string type, string field)
    {
        // Arrange: the field lists of Schema/SOURCES.md; CurrencyIsoCode only in multicurrency orgs.
        await StartEmulatorAsync();

        // Act / Assert
        Assert.That(async () => await CreateClient().QueryAsync($"SELECT Id, {field} FROM {type}", true, CancellationToken.None).ToListAsync(),
            Throws.TypeOf<SalesforceApiException>().With.Message.Contains($"No such column '{field}' on entity '{type}'"));
    }

    [Test]
    public void SyncedObjects_Should_ReadUserWithoutIsDeletedAndEveryOtherObjectWithIt()
    {
        Assert.That(SyncedObjects.User.Fields, Does.Not.Contain("IsDeleted"));
        Assert.That(SyncedObjects.All.Where(o => o != SyncedObjects.User).Select(o => o.Fields.Contains("IsDeleted")), Is.All.True);
    }
}
