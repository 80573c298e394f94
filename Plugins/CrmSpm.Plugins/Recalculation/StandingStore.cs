using System;
using System.Globalization;
using System.Linq;
using CrmSpm.Core.Scoring;
using CrmSpm.Plugins.Coaching;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// The org-level <c>crmspm_modelstate</c> row (team key <see cref="TeamKey"/>) that carries a
/// recompute run's <see cref="OrgStanding"/> from its first execution to the later ones. The run id is a name-based
/// UUID of the as-of instant and the standing's JSON: a second run that decides the same standing finds the row as it
/// would write it and writes nothing, and a token whose run id the row no longer holds was overtaken by another run.
/// </summary>
public sealed class StandingStore
{
    /// <summary>CrmSpm's namespace for run ids (RFC 4122 version 5, as tip ids).</summary>
    private static readonly Guid RunNamespace = new Guid("943fbac7-b39f-4cfa-a3fa-7022017f84c6");

    /// <summary>The org-level row's value of <c>crmspm_teamkey</c>: never a business unit id, so it never names a team.</summary>
    public const string TeamKey = "org-standing";

    /// <summary>The org-level row's id when the recompute creates it (a name-based UUID of its key).</summary>
    public static readonly Guid RowId = TipIdentity.NameBased(RunNamespace, TeamKey);

    private const string Restart = " Start a new run: call the API with an empty ContinuationToken.";

    private readonly IOrganizationService _service;

    public StandingStore(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>
    /// Stores <paramref name="standing"/> for the run as of <paramref name="asOf"/>, with the data issues the admin
    /// reads (<see cref="DataIssuesColumn"/>; null leaves them as stored): one read, and one write when either changed.
    /// </summary>
    public StandingReference Save(OrgStanding standing, DateTime asOf, string? dataIssuesJson = null)
    {
        var json = StandingDocument.Write(standing, ModelStateColumns.StandingJsonMaxLength);
        var runId = TipIdentity.NameBased(RunNamespace, asOf.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + json);
        var query = new QueryExpression(ModelStateColumns.EntityName) { ColumnSet = new ColumnSet(ModelStateColumns.RunId, ModelStateColumns.DataIssuesJson), TopCount = 1 };
        query.Criteria.AddCondition(ModelStateColumns.TeamKey, ConditionOperator.Equal, TeamKey);
        var current = _service.RetrieveMultiple(query).Entities.FirstOrDefault();
        if (current != null && current.GetAttributeValue<string>(ModelStateColumns.RunId) == runId.ToString("D")
            && (dataIssuesJson == null || current.GetAttributeValue<string>(ModelStateColumns.DataIssuesJson) == dataIssuesJson))
        {
            return new StandingReference(current.Id, runId);
        }

        var row = new Entity(ModelStateColumns.EntityName, current?.Id ?? RowId)
        {
            [ModelStateColumns.Name] = "Org standing as of " + asOf.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC",
            [ModelStateColumns.RunId] = runId.ToString("D"),
            [ModelStateColumns.AsOf] = asOf,
            [ModelStateColumns.StandingJson] = json,
        };
        if (dataIssuesJson != null)
        {
            row[ModelStateColumns.DataIssuesJson] = dataIssuesJson;
        }

        if (current != null)
        {
            _service.Update(row);
            return new StandingReference(current.Id, runId);
        }

        // First run in this org: a fixed id, so two runs starting at once collide on it (one fails, visibly) instead of
        // writing two org rows; the key names the row for people and for the query above.
        row[ModelStateColumns.TeamKey] = TeamKey;
        _service.Create(row);
        return new StandingReference(RowId, runId);
    }

    /// <summary>
    /// The standing the token's run stored. A row that is gone, holds another run's standing or cannot be read is a
    /// fault for the caller (the scheduler starts a new run), never a guess: later teams would get wrong tiers. The run
    /// id covers the as-of instant (the column keeps it for people; Dataverse keeps date and time to the second).
    /// </summary>
    public OrgStanding Load(StandingReference reference)
    {
        var query = new QueryExpression(ModelStateColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ModelStateColumns.RunId, ModelStateColumns.StandingJson),
        };
        query.Criteria.AddCondition(ModelStateColumns.Id, ConditionOperator.Equal, reference.RowId);
        var row = _service.RetrieveMultiple(query).Entities.FirstOrDefault()
            ?? throw Stale(reference, "is gone (deleted after the run started).");
        var storedRun = row.GetAttributeValue<string>(ModelStateColumns.RunId);
        if (storedRun != reference.RunId.ToString("D"))
        {
            throw Stale(reference, "now holds another run's standing (run " + (storedRun ?? "none") + ").");
        }

        return StandingDocument.Read(row.GetAttributeValue<string>(ModelStateColumns.StandingJson))
            ?? throw Stale(reference, "cannot be read.");
    }

    private static InvalidPluginExecutionException Stale(StandingReference reference, string what) =>
        new InvalidPluginExecutionException("The org standing of recompute run " + reference.RunId.ToString("D") + " (" + ModelStateColumns.EntityName + " "
            + reference.RowId.ToString("D") + ") " + what + Restart);
}

/// <summary>Where a run's standing is stored: the org-level row and the run it belongs to (both carried by the token).</summary>
public sealed class StandingReference
{
    public StandingReference(Guid rowId, Guid runId)
    {
        RowId = rowId;
        RunId = runId;
    }

    public Guid RowId { get; }

    public Guid RunId { get; }
}
