using System.Linq;
using CrmSpm.Plugins.Model;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.Plugins.Deals;

/// <summary>
/// Reads the active profile's JSON on its own: only needed when the deal query could not join it (the team has no
/// model row yet, or a different profile was activated since the model was last written).
/// </summary>
public sealed class ActiveProfileReader
{
    private readonly IOrganizationService _service;

    public ActiveProfileReader(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>The active profile's id and JSON, or null when no profile is active.</summary>
    public Entity? Read()
    {
        var query = new QueryExpression(ScoringProfileColumns.EntityName)
        {
            ColumnSet = new ColumnSet(ScoringProfileColumns.ProfileJson, ScoringProfileColumns.Version),
            TopCount = 1,
        };
        query.Criteria.AddCondition(ScoringProfileColumns.IsActive, ConditionOperator.Equal, true);
        query.AddOrder(ScoringProfileColumns.Version, OrderType.Descending);
        return _service.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
