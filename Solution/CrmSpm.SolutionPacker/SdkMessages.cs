using System;
using System.Collections.Generic;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// Ids of the platform's <c>sdkmessage</c> rows, the same in every org, which a step's <c>SdkMessageId</c> names.
/// Source: the Web API results shown in https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages
/// (Create, Update, Delete). Messages whose id we could not verify from a public Microsoft source (Win, Lose) are
/// absent, and no declared step uses them: closes register on Create of <c>opportunityclose</c>, which WinOpportunity
/// and LoseOpportunity create (docs/plugins.md, "Closes"). A step on an absent message would be written without
/// <c>SdkMessageId</c> (an optional element of CustomizationsSolution.xsd), which the import cannot create.
/// </summary>
public static class SdkMessages
{
    private static readonly IReadOnlyDictionary<string, Guid> Known = new Dictionary<string, Guid>(StringComparer.Ordinal)
    {
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    public static Guid? IdOf(string message) => Known.TryGetValue(message, out var id) ? id : null;
}
