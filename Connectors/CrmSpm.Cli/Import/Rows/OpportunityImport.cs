using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.Cli.Import.Csv;
using CrmSpm.Cli.Import.Mapping;
using CrmSpm.Core.Data;
using CrmSpm.Core.Model;
using CrmSpm.Core.Profile;

namespace CrmSpm.Cli.Import.Rows;

/// <summary>
/// Opportunity rows → Core's <see cref="Opportunity"/>. Won or lost comes from the status column, or from the stage
/// value when no status column is mapped. A closed deal whose stage is no stage of the profile ("Closed Won") is
/// recorded at the first stage: where it stood before closing is unknown, which is what Core assumes for such a stage.
/// Of rows with one id, Core's <see cref="DuplicateRule"/> keeps one (the latest modified first) and the others are listed.
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

    /// <summary>The loaded deals, checked against the other files' records in <paramref name="known"/>.</summary>
    public List<Opportunity> Read(CsvTable table, RowReader reader, KnownRecords known, ImportSummary summary)
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
            Modified = table.Column(columns.ModifiedOn, "opportunities.modifiedOn", false),
            Product = table.Column(columns.Product, "opportunities.product", false),
        };
        if (c.Product >= 0 && known.Products == null)
        {
            summary.Remark(table.File, "the product column \"" + columns.Product + "\" is read with --products only (the products file gives each product's line); not used");
        }

        var deals = new List<(Opportunity Deal, CsvRecord Row)>();
        foreach (var row in table.Rows)
        {
            reader.Row = row;
            if (!reader.Required(c.Id, "the opportunity id", out var id)
                || !reader.Required(c.Owner, "the owner", out var owner)
                || !KnownOwner(reader, known, owner, c.Owner)
                || !reader.Date(c.Created, "the created date", out var created) || !Present(reader, created, "the created date", c.Created)
                || !Outcome(reader, hasStatus ? c.Status : c.Stage, hasStatus, out var status)
                || !reader.Amount(c.Amount, "the amount", out var amount)
                || !reader.Amount(c.CloseValue, "the close value", out var closeValue)
                || !reader.Date(c.Close, "the close date", out var closeDate, needsIt: status != OpportunityStatus.Open)
                || !reader.Date(c.ActualClose, "the actual close date", out var actualClose, needsIt: status != OpportunityStatus.Open)
                || !reader.Date(c.Modified, "the modified date", out var modified, needsIt: false)
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

            if (closedOn.HasValue && ImportDates.ClosedBeforeCreated(created!.Value, closedOn.Value))
            {
                reader.Skip(ImportIssueKind.CloseBeforeCreate, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "closed on {0:yyyy-MM-dd}, before it was created on {1:yyyy-MM-dd}", closedOn.Value, created.Value), actualClose.HasValue ? c.ActualClose : c.Close);
                continue;
            }

            var account = reader.Text(c.Account);
            if (account.Length > 0 && known.Accounts != null && !known.Accounts.Contains(account))
            {
                reader.Note(ImportIssueKind.UnknownAccount, "account \"" + account + "\" is not in the accounts file; kept as written", c.Account);
            }

            var lastChange = Latest(created!.Value, closedOn, modified);
            deals.Add((new Opportunity
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
                ModifiedOn = lastChange,
                NextStep = reader.Text(c.NextStep).Length > 0 ? reader.Text(c.NextStep) : null,
                ContactsEngaged = Math.Max(0, contacts ?? 0),
                ProductLine = ProductLine(reader, known, c.Product),
            }, row));
        }

        return WithoutDuplicates(deals, reader);
    }

    /// <summary>
    /// One deal per id, where its first row was: Core's <see cref="DuplicateRule"/> picks it, so which row wins never
    /// depends on the rows' order; every other row of the id is listed as a duplicate naming the line kept.
    /// </summary>
    private static List<Opportunity> WithoutDuplicates(List<(Opportunity Deal, CsvRecord Row)> rows, RowReader reader)
    {
        var kept = new List<(Opportunity Deal, CsvRecord Row)>();
        foreach (var group in rows.GroupBy(r => r.Deal.Id, StringComparer.Ordinal))
        {
            var winner = group.Aggregate((best, next) => DuplicateRule.Prefer(next.Deal, best.Deal) ? next : best);
            kept.Add(winner);
            foreach (var loser in group.Where(r => !ReferenceEquals(r.Deal, winner.Deal)))
            {
                reader.Row = loser.Row;
                reader.Skip(ImportIssueKind.Duplicate, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "opportunity \"{0}\" is also on line {1}, the row kept (the later modified, then the closed one; docs/mappings/README.md)", group.Key, winner.Row.Line));
            }
        }

        return kept.Select(k => k.Deal).ToList();
    }

    /// <summary>The last change the row shows: the later of its creation, close and modified date.</summary>
    private static DateTime Latest(DateTime created, DateTime? closed, DateTime? modified)
    {
        var latest = closed.HasValue && closed.Value > created ? closed.Value : created;
        return modified.HasValue && modified.Value > latest ? modified.Value : latest;
    }

    private static string? ProductLine(RowReader reader, KnownRecords known, int column)
    {
        var product = reader.Text(column);
        if (product.Length == 0 || known.Products == null)
        {
            return null;
        }

        if (known.Products.TryGetValue(product, out var found))
        {
            return found.Line;
        }

        reader.Note(ImportIssueKind.UnknownProduct, "product \"" + product + "\" is not in " + known.ProductsFile + "; kept without a product line", column);
        return null;
    }

    private static bool Present(RowReader reader, DateTime? value, string what, int column) =>
        value.HasValue || reader.Skip(ImportIssueKind.MissingValue, what + " is blank", column);

    private static bool KnownOwner(RowReader reader, KnownRecords known, string owner, int column) =>
        known.Owners == null || known.Owners.Contains(owner) || reader.Skip(ImportIssueKind.UnknownOwner, "owner \"" + owner + "\" is not in " + known.UsersFile, column);

    private bool Outcome(RowReader reader, int column, bool fromStatus, out OpportunityStatus status)
    {
        var value = reader.Text(column);
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
                string.Join(", ", outcomes.Lost) + ") or open (" + string.Join(", ", outcomes.Open.Where(o => o.Length > 0)) + ")", column);
    }

    private static bool Matches(IEnumerable<string> values, string value) =>
        values.Any(v => string.Equals(v.Trim(), value, StringComparison.OrdinalIgnoreCase));

    private string StageOf(string source, OpportunityStatus status)
    {
        var stage = stageMap.TryGetValue(source, out var mapped) ? mapped : source;
        return status != OpportunityStatus.Open && stages.Find(stage) == null ? stages.First?.Name ?? stage : stage;
    }
}

/// <summary>What the other files hold, each null without its file: users (any owner is then a rep), accounts, products.</summary>
internal sealed record KnownRecords(ISet<string>? Owners, string UsersFile, ISet<string>? Accounts, IReadOnlyDictionary<string, ImportedProduct>? Products, string ProductsFile);
