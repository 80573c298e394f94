using System;
using System.Linq;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// Reads a deal with everything scoring it needs in ONE round trip: the opportunity, its account's last touch, the
/// owner's current scorecard (tier, outcome counts), the team's model state and benchmarks (joined on the owning business unit) and,
/// through the model row, the active scoring profile. This single query keeps an event at the physical minimum of
/// one read (docs/performance.md). RetrieveMultiple rather than Retrieve: a missing row returns nothing instead of
/// a fault, and a failed call inside the transaction would abort the rep's save even if we caught it.
/// </summary>
public sealed class DealContextReader
{
    private const string AccountAlias = "account";
    private const string CardAlias = "card";
    private const string OwnerAlias = "owner";
    private const string ModelAlias = "model";
    private const string ProfileAlias = "profile";
    private const string TipAlias = "tip";

    private readonly IOrganizationService _service;

    public DealContextReader(IOrganizationService service)
    {
        _service = service;
    }

    public DealContext? Read(Guid opportunityId, string periodKey)
    {
        var query = new QueryExpression(OpportunityColumns.EntityName)
        {
            ColumnSet = new ColumnSet(OpportunityColumns.ScoringInputs),
        };
        query.ColumnSet.AddColumn(RowVersionColumn.Name); // Entity.RowVersion's fallback, for a close's guarded write.
        query.Criteria.AddCondition(OpportunityColumns.Id, ConditionOperator.Equal, opportunityId);

        Link(query.AddLink(AccountColumns.EntityName, OpportunityColumns.ParentAccountId, AccountColumns.Id, JoinOperator.LeftOuter),
            AccountAlias, AccountColumns.LastTouchOn);

        Link(query.AddLink(SystemUserColumns.EntityName, OpportunityColumns.OwnerId, SystemUserColumns.Id, JoinOperator.LeftOuter),
            OwnerAlias, SystemUserColumns.FullName);

        var card = Link(query.AddLink(ScorecardColumns.EntityName, OpportunityColumns.OwnerId, ScorecardColumns.RepId, JoinOperator.LeftOuter),
            CardAlias, ScorecardColumns.Id, ScorecardColumns.Tier, ScorecardColumns.WonCount, ScorecardColumns.LostCount,
            ScorecardColumns.WonAmount, ScorecardColumns.Quota, ScorecardColumns.Recognitions, RowVersionColumn.Name);
        card.LinkCriteria.AddCondition(ScorecardColumns.Period, ConditionOperator.Equal, periodKey);

        var model = Link(query.AddLink(ModelStateColumns.EntityName, OpportunityColumns.OwningBusinessUnit, ModelStateColumns.BusinessUnitId, JoinOperator.LeftOuter),
            ModelAlias, ModelStateColumns.Id, ModelStateColumns.StateJson, ModelStateColumns.Benchmarks, ModelStateColumns.Signals, RowVersionColumn.Name);

        var profile = Link(model.AddLink(ScoringProfileColumns.EntityName, ModelStateColumns.ProfileId, ScoringProfileColumns.Id, JoinOperator.LeftOuter),
            ProfileAlias, ScoringProfileColumns.Id, ScoringProfileColumns.ProfileJson);
        profile.LinkCriteria.AddCondition(ScoringProfileColumns.IsActive, ConditionOperator.Equal, true);

        // The deal's tip tasks: one row per tip (a handful per deal), so the tip writes know, without another round
        // trip, which tasks exist and are open (a closed task is read-only, a deleted one cannot be updated).
        var tips = Link(query.AddLink(CoachingTipColumns.EntityName, OpportunityColumns.Id, ActivityColumns.RegardingObjectId, JoinOperator.LeftOuter),
            TipAlias, new[] { CoachingTipColumns.Id }.Concat(Coaching.ExistingTip.Columns).ToArray());
        tips.LinkCriteria.AddCondition(CoachingTipColumns.TipKey, ConditionOperator.NotNull);

        var rows = _service.RetrieveMultiple(query).Entities;
        var row = rows.FirstOrDefault();
        if (row == null)
        {
            return null;
        }

        return new DealContext
        {
            Opportunity = row,
            OwnerName = Joined<string>(row, OwnerAlias, SystemUserColumns.FullName),
            AccountLastTouch = JoinedValue<DateTime>(row, AccountAlias, AccountColumns.LastTouchOn),
            OwnerTierChoice = Joined<OptionSetValue>(row, CardAlias, ScorecardColumns.Tier)?.Value,
            ModelStateId = JoinedValue<Guid>(row, ModelAlias, ModelStateColumns.Id),
            ModelStateJson = Joined<string>(row, ModelAlias, ModelStateColumns.StateJson),
            ModelRowVersion = JoinedValue<long>(row, ModelAlias, RowVersionColumn.Name)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            BenchmarksJson = Joined<string>(row, ModelAlias, ModelStateColumns.Benchmarks),
            SignalsJson = Joined<string>(row, ModelAlias, ModelStateColumns.Signals),
            ProfileJson = Joined<string>(row, ProfileAlias, ScoringProfileColumns.ProfileJson),
            ProfileId = JoinedValue<Guid>(row, ProfileAlias, ScoringProfileColumns.Id),
            OwnerScorecard = JoinedRow(row, CardAlias, ScorecardColumns.EntityName, ScorecardColumns.Id),
            Tips = TipsOf(rows),
        };
    }

    private static System.Collections.Generic.Dictionary<Guid, Coaching.ExistingTip> TipsOf(System.Collections.Generic.IEnumerable<Entity> rows)
    {
        var tips = new System.Collections.Generic.Dictionary<Guid, Coaching.ExistingTip>();
        foreach (var row in rows)
        {
            var id = JoinedValue<Guid>(row, TipAlias, CoachingTipColumns.Id);
            if (id.HasValue)
            {
                tips[id.Value] = Coaching.ExistingTip.From(id.Value,
                    Joined<OptionSetValue>(row, TipAlias, ActivityColumns.StateCode),
                    Joined<string>(row, TipAlias, ActivityColumns.Subject),
                    Joined<string>(row, TipAlias, ActivityColumns.Description),
                    Joined<EntityReference>(row, TipAlias, ActivityColumns.OwnerId));
            }
        }

        return tips;
    }

    /// <summary>The joined row's columns as an entity of their own; null when the outer join found no row.</summary>
    private static Entity? JoinedRow(Entity row, string alias, string table, string idColumn)
    {
        var id = JoinedValue<Guid>(row, alias, idColumn);
        if (!id.HasValue)
        {
            return null;
        }

        var joined = new Entity(table, id.Value);
        var prefix = alias + ".";
        foreach (var attribute in row.Attributes.Where(a => a.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            joined[attribute.Key.Substring(prefix.Length)] = (attribute.Value as AliasedValue)?.Value;
        }

        return joined;
    }

    private static LinkEntity Link(LinkEntity link, string alias, params string[] columns)
    {
        link.EntityAlias = alias;
        link.Columns = new ColumnSet(columns);
        link.LinkCriteria = link.LinkCriteria ?? new FilterExpression();
        return link;
    }

    // Linked columns come back as AliasedValue under "alias.column" (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.aliasedvalue); the joined row may be absent.
    private static T? Joined<T>(Entity row, string alias, string column)
        where T : class
    {
        return row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value as T;
    }

    private static T? JoinedValue<T>(Entity row, string alias, string column)
        where T : struct
    {
        return row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value is T value ? value : (T?)null;
    }
}
