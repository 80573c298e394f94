using CrmSpm.Core.Time;
using CrmSpm.EmbeddedOrg;
using CrmSpm.EmbeddedOrg.Security;
using CrmSpm.EmbeddedOrg.Time;
using CrmSpm.Plugins.Model;
using CrmSpm.Plugins.Pipeline;
using CrmSpm.Plugins.Tests.Fakes;
using CrmSpm.Plugins.Tests.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Tests;

/// <summary>
/// The one test base of this project, for both tiers. Unit tier: a fresh fake context and two recording services
/// (calling user and SYSTEM) per test. Pipeline tier: <see cref="CreateOrg"/> builds an embedded org with CrmSpm
/// installed from the plugins' own step declarations, a sales team and two reps. Every date is relative to <see cref="Now"/>.
/// </summary>
public abstract class PluginTestBase
{
    /// <summary>A Friday in November 2026; the scorecard period is therefore "2026-11".</summary>
    protected static readonly DateTime Now = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);

    protected static readonly IClock Clock = new FixedClock(Now);

    /// <summary>The default profile's stage mapping (the stock Opportunity Sales Process).</summary>
    protected static readonly CrmSpm.Core.Profile.StageCatalogue Stages = new(CrmSpm.Core.Profile.ScoringProfile.Default.Stages);

    protected static readonly Guid RepId = new("11111111-1111-1111-1111-111111111111");
    protected static readonly Guid AccountId = new("22222222-2222-2222-2222-222222222222");
    protected static readonly Guid DealId = new("33333333-3333-3333-3333-333333333333");

    protected RecordingOrganizationService UserService { get; private set; } = null!;
    protected RecordingOrganizationService SystemService { get; private set; } = null!;
    protected FakeServiceProvider Services { get; private set; } = null!;
    protected FakePluginExecutionContext Context => Services.Context;

    [SetUp]
    public void CreateFakes()
    {
        UserService = new RecordingOrganizationService();
        SystemService = new RecordingOrganizationService();
        Services = new FakeServiceProvider(new FakePluginExecutionContext { UserId = RepId, OperationCreatedOn = Now }, UserService, SystemService);
    }

    /// <summary>Runs <paramref name="plugin"/> once as the platform would for the given event.</summary>
    protected void Execute(PluginBase plugin, string message, string table, Guid id, Entity? target = null, Entity? preImage = null, Entity? postImage = null, int stage = 40)
    {
        Context.MessageName = message;
        Context.PrimaryEntityName = table;
        Context.PrimaryEntityId = id;
        Context.Stage = stage;
        if (target != null) Context.InputParameters[MessageNames.Target] = target;
        if (preImage != null) Context.PreEntityImages[MessageNames.PreImage] = preImage;
        if (postImage != null) Context.PostEntityImages[MessageNames.PostImage] = postImage;
        plugin.Execute(Services);
    }

    /// <summary>An open deal owned by the rep, created <paramref name="createdDaysAgo"/> days ago, as the joined query returns it.</summary>
    protected static Entity Deal(string stage = "Develop", string? nextStep = "Demo on Tuesday", int createdDaysAgo = 3, decimal amount = 50_000m)
    {
        var row = new Entity(OpportunityColumns.EntityName, DealId)
        {
            [OpportunityColumns.Name] = "Contoso renewal",
            [OpportunityColumns.StepName] = stage,
            [OpportunityColumns.EstimatedValueBase] = new Money(amount),
            [OpportunityColumns.EstimatedCloseDate] = Now.AddDays(30),
            [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, RepId),
            [OpportunityColumns.ParentAccountId] = new EntityReference(AccountColumns.EntityName, AccountId),
            [OpportunityColumns.StateCode] = new OptionSetValue(OpportunityState.Open),
            [OpportunityColumns.CreatedOn] = Now.AddDays(-createdDaysAgo),
            [OpportunityColumns.ModifiedOn] = Now,
        };
        if (nextStep != null) row[OpportunityColumns.NextStep] = nextStep;
        return row;
    }

    /// <summary>
    /// The deal query's answer when the deal has tip tasks: one row per tip, the deal's columns repeated and the
    /// task's under the "tip." alias, as the outer join to <c>task</c> returns them.
    /// </summary>
    protected static Entity[] WithTips(Entity deal, params (string Key, int State, string? Subject, string? Description)[] tips)
    {
        if (tips.Length == 0)
        {
            return new[] { deal };
        }

        return tips.Select(tip =>
        {
            var row = new Entity(deal.LogicalName, deal.Id);
            foreach (var attribute in deal.Attributes)
            {
                row[attribute.Key] = attribute.Value;
            }

            var id = CrmSpm.Plugins.Coaching.TipIdentity.ForKey(tip.Key);
            row["tip." + ActivityColumns.ActivityId] = new AliasedValue(ActivityColumns.Task, ActivityColumns.ActivityId, id);
            row["tip." + ActivityColumns.StateCode] = new AliasedValue(ActivityColumns.Task, ActivityColumns.StateCode, new OptionSetValue(tip.State));
            row["tip." + ActivityColumns.Subject] = new AliasedValue(ActivityColumns.Task, ActivityColumns.Subject, tip.Subject);
            row["tip." + ActivityColumns.Description] = new AliasedValue(ActivityColumns.Task, ActivityColumns.Description, tip.Description);
            row["tip." + ActivityColumns.OwnerId] = new AliasedValue(ActivityColumns.Task, ActivityColumns.OwnerId, new EntityReference(SystemUserColumns.EntityName, RepId));
            return row;
        }).ToArray();
    }

    /// <summary>The deal row with the active (default) profile joined through the team's model row, as after the first recompute.</summary>
    protected static Entity WithProfile(Entity deal)
    {
        deal["profile." + ScoringProfileColumns.Id] = new AliasedValue(ScoringProfileColumns.EntityName, ScoringProfileColumns.Id, Guid.NewGuid());
        deal["profile." + ScoringProfileColumns.ProfileJson] = new AliasedValue(ScoringProfileColumns.EntityName, ScoringProfileColumns.ProfileJson,
            CrmSpm.Core.Profile.ScoringProfileJson.ToJson(CrmSpm.Core.Profile.ScoringProfile.Default));
        return deal;
    }

    /// <summary>The calls a service received, in order, as "Message table".</summary>
    protected static string[] CallsOf(RecordingOrganizationService service) => service.Calls.ToArray();

    /// <summary>A rep's role: their own deals, activities, tips and scorecards; accounts for the whole org.</summary>
    protected static SecurityRole Salesperson() => new SecurityRole("Salesperson")
        .Grant(OpportunityColumns.EntityName, AccessDepth.User, AccessDepth.User)
        .Grant("opportunityclose", AccessDepth.User, AccessDepth.User)
        .Grant(AccountColumns.EntityName, AccessDepth.Organization, AccessDepth.User)
        .Grant(AccountColumns.EntityName, Privilege.AppendTo, AccessDepth.Organization)
        .Grant(ActivityColumns.Task, AccessDepth.User, AccessDepth.User)
        .Grant(ActivityColumns.PhoneCall, AccessDepth.User, AccessDepth.User)
        .Grant(ActivityColumns.Appointment, AccessDepth.User, AccessDepth.User)
        .Grant(ActivityColumns.Email, AccessDepth.User, AccessDepth.User)
        .Grant(ScorecardColumns.EntityName, AccessDepth.User, AccessDepth.None);

    /// <summary>An embedded org at <see cref="Now"/> with CrmSpm installed, one sales team and two reps in it.</summary>
    /// <param name="plugins">The plugins to install; every plugin of the catalog when null.</param>
    protected static TestOrg CreateOrg(Func<IClock, IEnumerable<PluginBase>>? plugins = null)
    {
        var time = new ManualTimeProvider(new DateTimeOffset(Now));
        var org = new EmbeddedOrganization(new EmbeddedOrgOptions { Clock = time });
        var clock = new OrgClock(time);
        EmbeddedOrgStepRegistrar.Install(org, plugins?.Invoke(clock) ?? CrmSpm.Plugins.Steps.PluginCatalog.Create(clock));
        var team = org.CreateBusinessUnit("Enterprise sales");
        var manager = org.CreateUser("Morgan Manager", team, null, SecurityRole.SystemAdministrator());
        var rep = org.CreateUser("Riley Rep", team, manager, Salesperson());
        var otherRep = org.CreateUser("Sam Seller", team, manager, Salesperson());
        var account = org.Seed(new Entity(AccountColumns.EntityName) { ["name"] = "Contoso", [OpportunityColumns.OwnerId] = new EntityReference(SystemUserColumns.EntityName, rep) });
        return new TestOrg(org, time, team, manager, rep, otherRep, account);
    }

    /// <summary>What a rep types into a new deal: Develop stage, no next step, closing in 30 days.</summary>
    protected static Entity NewDeal(TestOrg org, string stage = "Develop", string? nextStep = null) => new(OpportunityColumns.EntityName)
    {
        [OpportunityColumns.Name] = "Contoso renewal",
        [OpportunityColumns.StepName] = stage,
        [OpportunityColumns.EstimatedValue] = new Money(50_000m),
        [OpportunityColumns.EstimatedCloseDate] = org.Time.GetUtcNow().UtcDateTime.AddDays(30),
        [OpportunityColumns.ParentAccountId] = new EntityReference(AccountColumns.EntityName, org.Account),
        [OpportunityColumns.NextStep] = nextStep,
    };

    /// <summary>
    /// A phone call on a deal as a rep creates it: open, since statecode is not valid on create (Microsoft's phonecall
    /// reference, https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/phonecall); it
    /// becomes a touch when completed (<see cref="LogCall"/>).
    /// </summary>
    protected static Entity CompletedCall(TestOrg org, Guid dealId) => new(ActivityColumns.PhoneCall)
    {
        [ActivityColumns.Subject] = "Call with the buyer",
        [ActivityColumns.RegardingObjectId] = new EntityReference(OpportunityColumns.EntityName, dealId),
        [ActivityColumns.ActualEnd] = org.Time.GetUtcNow().UtcDateTime,
    };

    /// <summary>Logs a completed call the way the app does: create it, then mark it completed (2 requests).</summary>
    protected static Guid LogCall(IOrganizationService service, TestOrg org, Guid dealId)
    {
        var id = service.Create(CompletedCall(org, dealId));
        Complete(service, ActivityColumns.PhoneCall, id);
        return id;
    }

    /// <summary>Marks an activity completed with a state-only update (statecode 1, its default status).</summary>
    protected static void Complete(IOrganizationService service, string table, Guid id) =>
        service.Update(new Entity(table, id)
        {
            [ActivityColumns.StateCode] = new OptionSetValue(ActivityState.Completed),
            [ActivityColumns.StatusCode] = new OptionSetValue(table == ActivityColumns.PhoneCall ? 2 : table == ActivityColumns.Task ? 5 : 3),
        });

    /// <summary>The one row of <paramref name="table"/>, every column, read as SYSTEM.</summary>
    protected static Entity OnlyRow(TestOrg org, string table) =>
        org.Org.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(table) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(true) }).Entities.Single();

    /// <summary>Open coaching tips regarding <paramref name="dealId"/>, read as SYSTEM.</summary>
    protected static List<Entity> OpenTips(TestOrg org, Guid dealId)
    {
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression(CoachingTipColumns.EntityName) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(true) };
        query.Criteria.AddCondition(ActivityColumns.RegardingObjectId, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, dealId);
        query.Criteria.AddCondition(ActivityColumns.StateCode, Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, ActivityState.Open);
        query.Criteria.AddCondition(CoachingTipColumns.TipKey, Microsoft.Xrm.Sdk.Query.ConditionOperator.NotNull);
        return org.Org.SystemService.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>
    /// Gives the team an active profile (the default one) and a model row pointing at it, as after the first nightly
    /// recompute: from then on one joined query brings the deal, its model and its profile.
    /// </summary>
    /// <summary>An active default profile and no model row: a team before its first close or recompute.</summary>
    protected static Guid SeedProfileOnly(TestOrg org) =>
        org.Org.Seed(new Entity(ScoringProfileColumns.EntityName)
        {
            [ScoringProfileColumns.Name] = "Default",
            [ScoringProfileColumns.ProfileJson] = CrmSpm.Core.Profile.ScoringProfileJson.ToJson(CrmSpm.Core.Profile.ScoringProfile.Default),
            [ScoringProfileColumns.Version] = 1,
            [ScoringProfileColumns.IsActive] = true,
        });

    protected static Guid SeedModelAndProfile(TestOrg org, string? stateJson = null)
    {
        var profileId = SeedProfileOnly(org);
        return org.Org.Seed(new Entity(ModelStateColumns.EntityName)
        {
            [ModelStateColumns.Name] = "Enterprise sales",
            [ModelStateColumns.TeamKey] = org.Team.ToString(),
            [ModelStateColumns.BusinessUnitId] = new EntityReference("businessunit", org.Team),
            [ModelStateColumns.ProfileId] = new EntityReference(ScoringProfileColumns.EntityName, profileId),
            [ModelStateColumns.StateJson] = stateJson,
        });
    }

    /// <summary>Wins the deal the way the sales app does: WinOpportunity with an opportunityclose (status 3, Won).</summary>
    protected static void Win(IOrganizationService service, Guid dealId) => Close(service, dealId, "WinOpportunity", 3);

    /// <summary>Loses the deal: LoseOpportunity with an opportunityclose (status 4, Canceled).</summary>
    protected static void Lose(IOrganizationService service, Guid dealId) => Close(service, dealId, "LoseOpportunity", 4);

    private static void Close(IOrganizationService service, Guid dealId, string request, int status)
    {
        var close = new OrganizationRequest(request);
        close["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(OpportunityColumns.EntityName, dealId) };
        close["Status"] = new OptionSetValue(status);
        service.Execute(close);
    }
}
