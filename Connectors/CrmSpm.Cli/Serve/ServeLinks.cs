extern alias plugins;
using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using plugins::CrmSpm.Plugins.Model;

namespace CrmSpm.Cli.Serve;

/// <summary>
/// What the served demo opens and as whom: the open deal with the most open tips (signed in as its owner), that
/// deal's account, the owner's manager for the scorecard, and the org's administrator for the admin page.
/// </summary>
public sealed record ServeLinks(Guid Deal, string DealName, Guid Rep, Guid? Account, Guid Manager, Guid Admin)
{
    /// <summary>Who the browser is until a link signs it in as someone else: the manager.</summary>
    public Guid DefaultUser => Manager;

    public string DealPath => "/form/opportunity?id=" + Deal.ToString("D");

    public string? AccountPath => Account is { } id ? "/form/account?id=" + id.ToString("D") : null;

    public const string ScorecardPath = "/WebResources/crmspm_/scorecard/manager.html";

    public const string AdminPath = "/WebResources/crmspm_/admin/profile.html";

    /// <summary>The four pages, each as a relative URL that signs the browser in as the right user first.</summary>
    public IReadOnlyList<(string Title, string Url)> Pages()
    {
        var pages = new List<(string, string)> { ("Coaching panel on " + DealName, SignIn(Rep, DealPath)) };
        if (AccountPath != null)
        {
            pages.Add(("Account panel", SignIn(Rep, AccountPath)));
        }

        pages.Add(("Manager scorecard", SignIn(Manager, ScorecardPath)));
        pages.Add(("Admin: scoring profile", SignIn(Admin, AdminPath)));
        return pages;
    }

    /// <summary>/signin?user=…&amp;then=…: the server sets who the browser is, then opens <paramref name="path"/>.</summary>
    public static string SignIn(Guid user, string path) => "signin?user=" + user.ToString("D") + "&then=" + Uri.EscapeDataString(path);

    /// <summary>Picks the links from the org's rows; null when the org has no open deal with an open tip.</summary>
    public static ServeLinks? Find(EmbeddedOrganization org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var service = org.SystemService;
        var tips = new QueryExpression(ActivityColumns.Task) { ColumnSet = new ColumnSet(ActivityColumns.RegardingObjectId) };
        tips.Criteria.AddCondition(ActivityColumns.StateCode, ConditionOperator.Equal, 0);
        tips.Criteria.AddCondition(CoachingTipColumns.RuleId, ConditionOperator.NotNull);
        var byDeal = service.RetrieveMultiple(tips).Entities
            .Select(t => t.GetAttributeValue<EntityReference>(ActivityColumns.RegardingObjectId))
            .Where(r => r is { LogicalName: OpportunityColumns.EntityName })
            .GroupBy(r => r.Id)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key);
        foreach (var group in byDeal)
        {
            var deal = service.Retrieve(OpportunityColumns.EntityName, group.Key, new ColumnSet(OpportunityColumns.Name, OpportunityColumns.OwnerId, OpportunityColumns.ParentAccountId, OpportunityColumns.StateCode));
            if (deal.GetAttributeValue<OptionSetValue>(OpportunityColumns.StateCode)?.Value != 0)
            {
                continue;
            }

            var rep = deal.GetAttributeValue<EntityReference>(OpportunityColumns.OwnerId).Id;
            var manager = service.Retrieve(SystemUserColumns.EntityName, rep, new ColumnSet(SystemUserColumns.ParentSystemUserId))
                .GetAttributeValue<EntityReference>(SystemUserColumns.ParentSystemUserId)?.Id ?? rep;
            return new ServeLinks(deal.Id, deal.GetAttributeValue<string>(OpportunityColumns.Name) ?? "", rep,
                deal.GetAttributeValue<EntityReference>(OpportunityColumns.ParentAccountId)?.Id, manager, org.SystemUserId);
        }

        return null;
    }
}
