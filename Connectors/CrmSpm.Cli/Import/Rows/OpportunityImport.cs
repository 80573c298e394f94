using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Import.Csv;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Cli.Import.Rows;

/// <summary>
/// Opportunity rows → Core's <see cref="Opportunity"/>. Won or lost comes from the status column, or from the stage
/// value when no status column is mapped. A closed deal whose stage is no stage of the profile ("Closed Won") is
/// recorded at the first stage: where it stood before closing is unknown, which is what Core assumes for such a stage.
/// </summary>
internal sealed class OpportunityImport
{
    private readonly ImportMapping mapping;
    private readonly StageCatalogue stages;
    private readonly Dictionary<string, string> stageMap;

    public OpportunityImport(ImportMapping mapping, ScoringProfile profile)
    {
        this.mapping = mapping;
        stages = new StageCatalogue(profile.Stages);
        stageMap = new Dictionary<string, string>(mapping.Stages ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The loaded deals; <paramref name="owners"/> is null when there is no users file (any owner is then a rep).</summary>
    public List<Opportunity> Read(CsvTable table, RowReader reader, ISet<string>? owners, ISet<string>? accounts, string usersFile)
    {
        var columns = mapping.Opportunities;
        var hasStatus = !string.IsNullOrWhiteSpace(columns.Status) && table.Column(columns.Status, "opportunities.status", false) >= 0;
        var c = new
        {
            Id = table.Column(columns.Id, "opportunities.id", true),
            Owner = table.Column(columns.Owner, "opportunities.owner", true),
            Created = table.Column(columns.CreatedOn, "opportunities.createdOn", true),
            Close = table.Column(columns.CloseDate, "opportunities.closeDate", true),
            Amount = table.Column(columns.PipelineAmount, "opportunities.pipelineAmount", true),
            Stage = table.Column(columns.Stage, "opportunities.stage", !hasStatus),
            Status = hasStatus ? table.Column(columns.Status, "opportunities.status", true) : -1,
            Name = table.Column(columns.Name, "opportunities.name", false),
            Account = table.Column(columns.Account, "opportunities.account", false),
            CloseValue = table.Column(columns.CloseValue, "opportunities.closeValue", false),
            ActualClose = table.Column(columns.ActualCloseDate, "opportunities.actualCloseDate", false),
            NextStep = table.Column(columns.NextStep, "opportunities.nextStep", false),
            Contacts = table.Column(columns.Contacts, "opportunities.contacts", false),
        };
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var deals = new List<Opportunity>();
        foreach (var row in table.Rows)
        {
            reader.Row = row;
            if (!reader.Required(c.Id, "the opportunity id", out var id) || !reader.FirstTime(seen, id, "opportunity")
                || !reader.Required(c.Owner, "the owner", out var owner)
                || !KnownOwner(reader, owners, owner, usersFile)
                || !reader.Date(c.Created, "the created date", out var created) || !Present(reader, created, "the created date")
                || !Outcome(reader, reader.Text(hasStatus ? c.Status : c.Stage), hasStatus, out var status)
                || !reader.Amount(c.Amount, "the amount", out var amount)
                || !reader.Amount(c.CloseValue, "the close value", out var closeValue)
                || !reader.Date(c.Close, "the close date", out var closeDate)
                || !reader.Date(c.ActualClose, "the actual close date", out var actualClose)
                || !reader.Count(c.Contacts, "the number of contacts", out var contacts))
            {
                continue;
            }

            var closedOn = status == OpportunityStatus.Open ? null : actualClose ?? closeDate;
            if (status != OpportunityStatus.Open && !closedOn.HasValue)
            {
                reader.Skip(ImportIssueKind.MissingValue, "the close date of a closed opportunity is blank");
                continue;
            }

            if (closedOn.HasValue && closedOn.Value.Date < created!.Value.Date)
            {
                reader.Skip(ImportIssueKind.CloseBeforeCreate, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "closed on {0:yyyy-MM-dd}, before it was created on {1:yyyy-MM-dd}", closedOn.Value, created.Value));
                continue;
            }

            var account = reader.Text(c.Account);
            if (account.Length > 0 && accounts != null && !accounts.Contains(account))
            {
                reader.Note(ImportIssueKind.UnknownAccount, "account \"" + account + "\" is not in the accounts file; kept as written");
            }

            deals.Add(new Opportunity
            {
                Id = id,
                Name = reader.Text(c.Name).Length > 0 ? reader.Text(c.Name) : id,
                OwnerId = owner,
                AccountId = account.Length > 0 ? account : null,
                Stage = StageOf(reader.Text(c.Stage), status),
                Status = status,
                Amount = amount ?? 0,
                EstimatedAmount = amount,
                ActualAmount = status == OpportunityStatus.Open ? null : closeValue,
                CreatedOn = created!.Value,
                // A close date carries no time: on the day of creation it cannot come before the creation itself.
                ActualCloseDate = closedOn.HasValue && closedOn.Value < created.Value ? created : closedOn,
                EstimatedCloseDate = closeDate?.Date,
                ModifiedOn = closedOn.HasValue && closedOn.Value > created.Value ? closedOn.Value : created.Value,
                NextStep = reader.Text(c.NextStep).Length > 0 ? reader.Text(c.NextStep) : null,
                ContactsEngaged = Math.Max(0, contacts ?? 0),
            });
        }

        return deals;
    }

    private static bool Present(RowReader reader, DateTime? value, string what) =>
        value.HasValue || reader.Skip(ImportIssueKind.MissingValue, what + " is blank");

    private static bool KnownOwner(RowReader reader, ISet<string>? owners, string owner, string usersFile) =>
        owners == null || owners.Contains(owner) || reader.Skip(ImportIssueKind.UnknownOwner, "owner \"" + owner + "\" is not in " + usersFile);

    private bool Outcome(RowReader reader, string value, bool fromStatus, out OpportunityStatus status)
    {
        var outcomes = mapping.Outcomes ?? new OutcomeValues();
        status = OpportunityStatus.Open;
        if (Matches(outcomes.Won, value))
        {
            status = OpportunityStatus.Won;
            return true;
        }

        if (Matches(outcomes.Lost, value))
        {
            status = OpportunityStatus.Lost;
            return true;
        }

        return !fromStatus || outcomes.Open.Count == 0 || Matches(outcomes.Open, value)
            || reader.Skip(ImportIssueKind.UnknownOutcome, "status \"" + value + "\" is none of won (" + string.Join(", ", outcomes.Won) + "), lost (" +
                string.Join(", ", outcomes.Lost) + ") or open (" + string.Join(", ", outcomes.Open.Where(o => o.Length > 0)) + ")");
    }

    private static bool Matches(IEnumerable<string> values, string value) =>
        values.Any(v => string.Equals(v.Trim(), value, StringComparison.OrdinalIgnoreCase));

    private string StageOf(string source, OpportunityStatus status)
    {
        var stage = stageMap.TryGetValue(source, out var mapped) ? mapped : source;
        return status != OpportunityStatus.Open && stages.Find(stage) == null ? stages.First?.Name ?? stage : stage;
    }
}
