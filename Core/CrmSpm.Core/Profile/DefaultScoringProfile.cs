using System.Collections.Generic;
using System.Linq;
using CrmSpm.Core.Coaching;

namespace CrmSpm.Core.Profile;

/// <summary>
/// The default profile for a B2B team on the standard Dynamics 365 stages (Qualify, Develop, Propose, Close):
/// every rule enabled with its catalogue defaults, reps see only their own progress.
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
                Stage("Qualify", 1, false, 14, RequiredFields.Account),
                Stage("Develop", 2, false, 21, RequiredFields.Account, RequiredFields.Amount, RequiredFields.CloseDate),
                Stage("Propose", 3, true, 21, RequiredFields.Account, RequiredFields.Amount, RequiredFields.CloseDate, RequiredFields.NextStep, RequiredFields.Contacts),
                Stage("Close", 4, true, 14, RequiredFields.Account, RequiredFields.Amount, RequiredFields.CloseDate, RequiredFields.NextStep, RequiredFields.Contacts),
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

    private static StageDefinition Stage(string name, int order, bool isLate, double expectedDays, params string[] required) =>
        new StageDefinition { Name = name, Order = order, IsLate = isLate, ExpectedDays = expectedDays, RequiredFields = required.ToList() };
}
