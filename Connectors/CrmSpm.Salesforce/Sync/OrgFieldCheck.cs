using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CrmSpm.Salesforce.Sync.Mirror;
using F = CrmSpm.Salesforce.Mapping.SalesforceFields;

namespace CrmSpm.Salesforce.Sync;

/// <summary>
/// Describes the synced objects and the scorecard object once per run (one composite call) and decides the
/// fields each query selects: the standard fields every org has, the edition-dependent ones this org lists, and
/// our CrmSpm_* fields, which must exist (deployed metadata) and be visible (the integration permission set), and the
/// fields the config file names, which must exist too.
/// </summary>
public static class OrgFieldCheck
{
    /// <summary>Everything the sync writes besides what it reads: the tip fields of Task and the scorecard object.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Written = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        [F.Objects.Task] = new[] { F.Tip.Key, F.Tip.Rule, F.Tip.Severity, F.Tip.Evidence, F.Tip.Response, F.Tip.DismissReason, F.Tip.SnoozedUntil, F.Tip.ClosedReason },
        [F.Objects.Scorecard] = new[]
        {
            F.Scorecard.Key, F.Scorecard.Rep, F.Scorecard.Period, F.Scorecard.AdoptionScore, F.Scorecard.BehaviourScore, F.Scorecard.AdoptionTrend,
            F.Scorecard.WinRate, F.Scorecard.PipelineCoverage, F.Scorecard.QuotaAttainment, F.Scorecard.Tier, F.Scorecard.Details,
        },
    };

    /// <returns>Object name → the fields its query selects.</returns>
    /// <exception cref="SalesforceSetupException">Our metadata is missing or hidden, or a standard field is not visible.</exception>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> SelectFieldsAsync(SalesforceClient client,
        IReadOnlyList<SyncedObject> objects, CancellationToken cancellationToken)
    {
        var names = objects.Select(o => o.Name).Append(F.Objects.Scorecard).ToList();
        var described = await client.DescribeAsync(names, cancellationToken).ConfigureAwait(false);

        var undeployed = new List<string>();
        var hidden = new List<string>();
        var misconfigured = new List<string>();
        var selected = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var synced = objects.FirstOrDefault(o => o.Name == name);
            var ours = (synced?.CustomFields ?? Array.Empty<string>()).Concat(Written.TryGetValue(name, out var written) ? written : Array.Empty<string>())
                .Distinct(StringComparer.Ordinal).ToList();
            if (described[name] is not { } describe)
            {
                (name.EndsWith("__c", StringComparison.Ordinal) ? undeployed : hidden).Add($"{name} (the whole object)");
                continue;
            }

            undeployed.AddRange(ours.Where(f => !describe.Fields.Contains(f)).Select(f => $"{name}.{f}"));
            if (synced is not null)
            {
                hidden.AddRange(synced.Fields.Where(f => !describe.Fields.Contains(f)).Select(f => $"{name}.{f}"));
                misconfigured.AddRange(synced.ConfiguredFields.Where(f => !describe.Fields.Contains(f.Field))
                    .Select(f => $"{f.Setting}: the org has no {name}.{f.Field}, or the integration user cannot see it"));
                selected[name] = synced.FieldsFor(describe.Fields);
            }
        }

        if (undeployed.Count > 0)
        {
            throw new SalesforceSetupException(
                $"deploy the Salesforce metadata first: the org has no {string.Join(", ", undeployed)}, or the integration user cannot see them. " +
                "Deploy Solution/Salesforce with `sf project deploy start` and assign the CrmSpm_Integration permission set to the integration user (docs/salesforce.md).");
        }

        if (hidden.Count > 0)
        {
            throw new SalesforceSetupException(
                $"the integration user cannot read {string.Join(", ", hidden)}: give it read access to these objects and fields " +
                "(the CrmSpm_Integration permission set and a profile with \"API Enabled\", docs/salesforce.md).");
        }

        if (misconfigured.Count > 0)
        {
            // Checked here, before any query: a missing field would otherwise fail the first query with INVALID_FIELD.
            throw new SalesforceSetupException(
                $"the config file names a field the org does not have. {string.Join("; ", misconfigured)}. Check the API name " +
                "(the name the describe lists; custom fields end in __c) and that the integration user can read the field, or remove the setting (docs/salesforce.md).");
        }

        return selected;
    }
}
