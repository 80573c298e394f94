using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;
using CrmSpm.Core.Scoring;

namespace CrmSpm.Core.Tests;

/// <summary>
/// The one test base of the Core tests: a fixed "now" (mid-period, 2026-11-15 12:00 UTC) and small builders
/// for reps, deals and touches so each fixture reads like the scenario it describes.
/// </summary>
public abstract class CoreTestBase
{
    protected static readonly DateTime Now = new DateTime(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc);

    protected static DateTime DaysAgo(double days) => Now.AddDays(-days);

    protected static ScoringProfile Profile() => ScoringProfile.Default;

    protected static Rep Rep(string id, string? manager = "m1", double tenureDays = 1000, double territory = 100) => new Rep
    {
        Id = id,
        Name = "Rep " + id,
        ManagerId = manager,
        StartDate = DaysAgo(tenureDays),
        TerritorySize = territory,
    };

    protected static Opportunity OpenDeal(string id, string owner = "r1", string stage = "Develop", double createdDaysAgo = 30,
        decimal amount = 10000, double? closeInDays = 30, string? nextStep = "Call", int contacts = 2) => new Opportunity
    {
        Id = id,
        Name = "Deal " + id,
        OwnerId = owner,
        AccountId = "a-" + id,
        Stage = stage,
        Amount = amount,
        Status = OpportunityStatus.Open,
        CreatedOn = DaysAgo(createdDaysAgo),
        ModifiedOn = DaysAgo(1),
        EstimatedCloseDate = closeInDays.HasValue ? Now.Date.AddDays(closeInDays.Value) : null,
        NextStep = nextStep,
        ContactsEngaged = contacts,
        StageHistory = new List<StageChange> { new StageChange { Stage = stage, EnteredOn = DaysAgo(createdDaysAgo) } },
    };

    protected static Opportunity ClosedDeal(string id, OpportunityStatus status, string owner = "r1", double closedDaysAgo = 10,
        double cycleDays = 40, decimal amount = 10000, string stage = "Close") => new Opportunity
    {
        Id = id,
        Name = "Deal " + id,
        OwnerId = owner,
        AccountId = "a-" + id,
        Stage = stage,
        Amount = amount,
        Status = status,
        CreatedOn = DaysAgo(closedDaysAgo + cycleDays),
        ModifiedOn = DaysAgo(closedDaysAgo),
        ActualCloseDate = DaysAgo(closedDaysAgo),
        EstimatedCloseDate = DaysAgo(closedDaysAgo).Date,
        StageHistory = new List<StageChange> { new StageChange { Stage = stage, EnteredOn = DaysAgo(closedDaysAgo + cycleDays) } },
    };

    protected static Activity Touch(string id, string opportunityId, double daysAgo, ActivityKind kind = ActivityKind.Call,
        string owner = "r1", string? contact = null, ActivityStatus status = ActivityStatus.Completed) => new Activity
    {
        Id = id,
        Kind = kind,
        OwnerId = owner,
        RegardingOpportunityId = opportunityId,
        ContactId = contact,
        CreatedOn = DaysAgo(daysAgo),
        CompletedOn = status == ActivityStatus.Completed ? DaysAgo(daysAgo) : null,
        Status = status,
    };

    protected static DealFacts Facts(Opportunity opportunity, params Activity[] activities) =>
        new DealFactsBuilder(Profile()).Build(opportunity, activities, Now);
}
