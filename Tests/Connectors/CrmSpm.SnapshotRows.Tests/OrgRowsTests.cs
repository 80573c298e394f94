extern alias plugins;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using Microsoft.Xrm.Sdk;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.SnapshotRows.Tests;

public class OrgRowsTests
{
    private static readonly Guid Root = new("00000000-0000-0000-0000-0000000000aa");
    private static readonly Guid Unit = new("00000000-0000-0000-0000-0000000000bb");

    // Row ids: Python's uuid.uuid5(UUID("5b8f7a52-0d3e-4f61-9c27-3e1a0d6b4c19"), id), as in RowIdsTests.
    [Test]
    public void Team_NumberedId_Should_BeABusinessUnitNamedByItsNumberUnderTheParent()
    {
        // Act
        var row = OrgRows.Team("team-002", Root);

        // Assert
        Assert.That(row.LogicalName, Is.EqualTo(BusinessUnitColumns.EntityName));
        Assert.That(row.Id, Is.EqualTo(new Guid("6641cabc-821a-55bc-b5f0-ee14f5dc5a15")));
        Assert.That(row[StandardNames.Name], Is.EqualTo("Sales team 2"));
        Assert.That(row.GetAttributeValue<EntityReference>(StandardNames.ParentBusinessUnitId).Id, Is.EqualTo(Root));
    }

    [Test]
    public void Team_IdWithoutNumber_Should_KeepTheWholeIdInItsName()
    {
        // Act / Assert: reps without a team share "team-none", whose last part is no number.
        Assert.That(OrgRows.Team("team-none", Root)[StandardNames.Name], Is.EqualTo("Sales team team-none"));
    }

    [Test]
    public void User_RepWithManager_Should_CarryNameUnitHireDateAndManager()
    {
        // Arrange
        var rep = new Rep { Id = "rep-0001", Name = "Ann Example", StartDate = new DateTime(2024, 1, 1) };
        var manager = new Guid("00000000-0000-0000-0000-0000000000cc");

        // Act
        var row = OrgRows.User(rep, Unit, manager);

        // Assert
        Assert.That(row.LogicalName, Is.EqualTo(SystemUserColumns.EntityName));
        Assert.That(row.Id, Is.EqualTo(new Guid("53279a6c-3996-532c-9f9a-1e54d43292f9")));
        Assert.That(row[SystemUserColumns.FullName], Is.EqualTo("Ann Example"));
        Assert.That(row.GetAttributeValue<EntityReference>(SystemUserColumns.BusinessUnitId).Id, Is.EqualTo(Unit));
        Assert.That(row[SystemUserColumns.CreatedOn], Is.EqualTo(new DateTime(2024, 1, 1)));
        Assert.That(row.GetAttributeValue<EntityReference>(SystemUserColumns.ParentSystemUserId).Id, Is.EqualTo(manager));
    }

    [Test]
    public void Manager_Should_BeAUserNamedByItsNumberWithoutAManagerOfItsOwn()
    {
        // Act
        var row = OrgRows.Manager("mgr-001", Unit, new DateTime(2023, 5, 1));

        // Assert
        Assert.That(row.Id, Is.EqualTo(new Guid("cb8234cb-5070-5c42-9af3-784088cd9afe")));
        Assert.That(row[SystemUserColumns.FullName], Is.EqualTo("Manager 1"));
        Assert.That(row[SystemUserColumns.CreatedOn], Is.EqualTo(new DateTime(2023, 5, 1)));
        Assert.That(row.Contains(SystemUserColumns.ParentSystemUserId), Is.False);
    }

    [Test]
    public void Account_Should_BeNamedByItsNumber()
    {
        // Act
        var row = OrgRows.Account("acct-7");

        // Assert
        Assert.That(row.LogicalName, Is.EqualTo(AccountColumns.EntityName));
        Assert.That(row.Id, Is.EqualTo(new Guid("67cbfe56-d503-5aa0-af9a-86b065fb212a")));
        Assert.That(row[StandardNames.Name], Is.EqualTo("Account 7"));
    }

    [Test]
    public void Profile_Should_BeTheActiveDefaultProfileWhoseJsonLoadsBack()
    {
        // Arrange: a profile that differs from the default in one threshold.
        var profile = ScoringProfile.Default;
        profile.Thresholds.MinClosedDealsForTier = 4;

        // Act
        var row = OrgRows.Profile(profile);

        // Assert
        Assert.That(row.LogicalName, Is.EqualTo(ScoringProfileColumns.EntityName));
        Assert.That(row.Id, Is.EqualTo(new Guid("841ad33a-0e47-59fa-859f-a20f8a9a6e3c")));
        Assert.That((row[ScoringProfileColumns.Name], row[ScoringProfileColumns.Version], row[ScoringProfileColumns.IsActive]), Is.EqualTo(("Default", 1, true)));
        var loaded = ScoringProfileJson.Load(row.GetAttributeValue<string>(ScoringProfileColumns.ProfileJson));
        Assert.That(loaded.Problems, Is.Empty);
        Assert.That(loaded.Profile!.Thresholds.MinClosedDealsForTier, Is.EqualTo(4));
    }

    [Test]
    public void Quota_Should_BeTheRepsScorecardOfThePeriodWithOnlyTheQuota()
    {
        // Arrange
        var rep = new Rep { Id = "rep-0001", Name = "Ann Example" };
        var user = new Guid("00000000-0000-0000-0000-0000000000dd");

        // Act
        var row = OrgRows.Quota(rep, user, new PeriodQuota { Period = "2026-10", Amount = 10_000m });

        // Assert: the key is the user's id and the period, as the recompute keys its scorecards.
        Assert.That(row.LogicalName, Is.EqualTo(ScorecardColumns.EntityName));
        Assert.That(row.Id, Is.EqualTo(new Guid("6e22d50d-1c93-51b0-b960-daec256ed545")));
        Assert.That(row[ScorecardColumns.Name], Is.EqualTo("Ann Example 2026-10"));
        Assert.That(row[ScorecardColumns.Key], Is.EqualTo("00000000-0000-0000-0000-0000000000dd|2026-10"));
        Assert.That(row[ScorecardColumns.Period], Is.EqualTo("2026-10"));
        Assert.That(row.GetAttributeValue<EntityReference>(ScorecardColumns.RepId).Id, Is.EqualTo(user));
        Assert.That(row.GetAttributeValue<EntityReference>(ScorecardColumns.OwnerId).Id, Is.EqualTo(user));
        Assert.That(row.GetAttributeValue<Money>(ScorecardColumns.Quota).Value, Is.EqualTo(10_000m));
        Assert.That(row.Contains(ScorecardColumns.Tier), Is.False);
    }
}
