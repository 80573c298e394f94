using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;

namespace CrmSpm.Core.Profile;

/// <summary>
/// The default profile for a B2B team on the standard Dynamics 365 stages (Qualify, Develop, Propose, Close):
/// every rule enabled with its catalogue defaults, reps see only their own progress. Stages map from what the stock
/// Opportunity Sales Process stores: <c>stepname</c> values such as <c>1-Qualify</c>, and the <c>salesstage</c>
/// choice (0 Qualify, 1 Develop, 2 Propose, 3 Close; Microsoft's opportunity table reference,
/// https://learn.microsoft.com/dynamics365/sales/developer/entities/opportunity).
/// </summary>
public static class DefaultScoringProfile
{
    /// <summary>Builds a fresh default profile (callers may modify their copy).</summary>
    public static ScoringProfile Create()
    {
        return new ScoringProfile
        {
            Stages = new List<StageDefinition>
            {
                Stock(Stage("Qualify", 1, false, 14, RequiredFields.Account), "1-Qualify", 0),
                Stock(Stage("Develop", 2, false, 21, RequiredFields.Account, RequiredFields.Amount, RequiredFields.CloseDate), "2-Develop", 1),
                Stock(Stage("Propose", 3, true, 21, RequiredFields.Account, RequiredFields.Amount, RequiredFields.CloseDate, RequiredFields.NextStep, RequiredFields.Contacts), "3-Propose", 2),
                Stock(Stage("Close", 4, true, 14, RequiredFields.Account, RequiredFields.Amount, RequiredFields.CloseDate, RequiredFields.NextStep, RequiredFields.Contacts), "4-Close", 3),
            },
            Rules = RuleDefinitions.All
                .Select(d => new RuleSettings
                {
                    Id = d.Id,
                    Enabled = true,
                    Severity = d.DefaultSeverity,
                    Parameters = d.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue),
                })
                .ToList(),
        };
    }

    private static StageDefinition Stock(StageDefinition stage, string stepName, int salesStage)
    {
        stage.StepNames.Add(stepName);
        stage.SalesStage = salesStage;
        return stage;
    }

    private static StageDefinition Stage(string name, int order, bool isLate, double expectedDays, params string[] required) =>
        new StageDefinition { Name = name, Order = order, IsLate = isLate, ExpectedDays = expectedDays, RequiredFields = required.ToList() };
}
