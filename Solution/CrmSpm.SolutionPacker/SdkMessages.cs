using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.SolutionPacker;

/// <summary>
/// Ids of the platform's <c>sdkmessage</c> rows, the same in every org, which a step's <c>SdkMessageId</c> names: the
/// import finds the step's message filter from it and the step's <c>PrimaryEntity</c>, and cannot create a step
/// without it. Source: the Web API results shown in
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages (Create, Update, Delete).
/// No public Microsoft source gives the ids of Win and Lose, so closes register on Create of <c>opportunityclose</c>
/// (docs/plugins.md, "Closes"). A step on any other message fails the pack (<see cref="IdFor"/>).
/// </summary>
public static class SdkMessages
{
    private static readonly IReadOnlyDictionary<string, Guid> Known = new Dictionary<string, Guid>(StringComparer.Ordinal)
    {
        ["Create"] = new Guid("9ebdbb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Update"] = new Guid("20bebb1b-ea3e-db11-86a7-000a3a5473e8"),
        ["Delete"] = new Guid("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8"),
    };

    /// <summary>The messages whose ids are known, in a stable order.</summary>
    public static IEnumerable<string> KnownMessages => Known.Keys.OrderBy(m => m, StringComparer.Ordinal);

    public static Guid? IdOf(string message) => Known.TryGetValue(message, out var id) ? id : null;

    /// <summary>The message whose id this is, or null.</summary>
    public static string? NameOf(Guid id) => Known.Where(k => k.Value == id).Select(k => k.Key).FirstOrDefault();

    /// <summary>The <c>SdkMessageId</c> of step <paramref name="stepName"/>; throws, naming the step, when the message's id is not known.</summary>
    public static Guid IdFor(string stepName, string message) =>
        IdOf(message) ?? throw new InvalidOperationException(
            $"Step '{stepName}' is registered on the message '{message}', whose sdkmessage id the packer does not know "
            + $"(it knows {string.Join(", ", KnownMessages)}), so the import could not create it. Register the step on one "
            + "of those messages, or add the id of this message to Solution/CrmSpm.SolutionPacker/SdkMessages.cs from a "
            + "public Microsoft source.");
}
