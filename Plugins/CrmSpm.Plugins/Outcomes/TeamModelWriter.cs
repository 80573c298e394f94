using System;
using System.Linq;
using System.ServiceModel;
using CrmSpm.Core.Profile;
using CrmSpm.Plugins.Deals;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Outcomes;

/// <summary>
/// Applies a close to the team's <c>crmspm_modelstate</c> row: the change goes onto the model as last read and is
/// written only if the row still has that version (<see cref="OptimisticWrite"/>); on a conflict only the model row is
/// read again. The team's first close creates the row; if another close created it first (the alternate key refuses a
/// second row), the row is read and updated instead.
/// </summary>
public sealed class TeamModelWriter
{
    private static readonly string[] Columns = { ModelStateColumns.Id, ModelStateColumns.StateJson, RowVersionColumn.Name };

    private readonly IOrganizationService _service;
    private readonly DealModelLoader _models;
    private readonly ITracingService _tracing;

    public TeamModelWriter(IOrganizationService service, DealModelLoader models, ITracingService tracing)
    {
        _service = service;
        _models = models;
        _tracing = tracing;
    }

    /// <summary>Writes the close into the team's model; false (no call) when the deal has no team.</summary>
    public bool Apply(EntityReference? team, DealContext deal, ScoringProfile profile, CloseChange change)
    {
        if (team == null || team.LogicalName != BusinessUnitColumns.EntityName)
        {
            _tracing.Trace("Deal {0} has no owning business unit: no team model to update.", change.DealId);
            return false;
        }

        var id = deal.ModelStateId;
        var json = deal.ModelStateJson;
        var version = deal.ModelRowVersion;
        for (var attempt = 1; attempt <= OptimisticWrite.MaxAttempts; attempt++)
        {
            if (id.HasValue && version == null)
            {
                Reread(team, ref id, ref json, ref version); // A join without the version: read the row itself.
                continue;
            }

            var model = _models.Load(json, profile);
            change.ApplyTo(model, _tracing);
            var row = id.HasValue ? new Entity(ModelStateColumns.EntityName, id.Value) { RowVersion = version } : TeamLock.NewRow(team);
            row[ModelStateColumns.StateJson] = model.ToJson();
            if (deal.ProfileId.HasValue)
            {
                row[ModelStateColumns.ProfileId] = new EntityReference(ScoringProfileColumns.EntityName, deal.ProfileId.Value);
            }

            try
            {
                if (id.HasValue)
                {
                    OptimisticWrite.Update(_service, row);
                }
                else
                {
                    _service.Create(row);
                }

                _tracing.Trace("Deal {0}: team model now counts {1} won and {2} lost.", change.DealId, model.WonCount, model.LostCount);
                return true;
            }
            catch (FaultException<OrganizationServiceFault> fault) when (!id.HasValue || OptimisticWrite.IsConflict(fault))
            {
                var created = !id.HasValue;
                if (!Reread(team, ref id, ref json, ref version) && created)
                {
                    throw; // Not a row another close created first: a real failure.
                }

                _tracing.Trace("Deal {0}: the team's model changed since it was read (attempt {1}), applying the close again.", change.DealId, attempt);
            }
        }

        throw new CloseConflictException($"Deal {change.DealId}: the team's model row changed under the close {OptimisticWrite.MaxAttempts} times; the nightly recompute rebuilds it.");
    }

    private bool Reread(EntityReference team, ref Guid? id, ref string? json, ref string? version)
    {
        var query = new QueryExpression(ModelStateColumns.EntityName) { ColumnSet = new ColumnSet(Columns), TopCount = 1 };
        query.Criteria.AddCondition(ModelStateColumns.TeamKey, ConditionOperator.Equal, TeamLock.KeyOf(team));
        var row = _service.RetrieveMultiple(query).Entities.FirstOrDefault();
        id = row?.Id;
        json = row?.GetAttributeValue<string>(ModelStateColumns.StateJson);
        version = row == null ? null : OptimisticWrite.VersionOf(row);
        return row != null;
    }
}
