namespace CrmSpm.Solution.Tests;

/// <summary>
/// Elements Dataverse writes today that CustomizationsSolution.xsd 9.0.0.2090 does not declare, each with the Microsoft
/// document that defines it. Anything else the schema rejects fails the test.
/// </summary>
internal static class NewerThanSchema
{
    public sealed record Entry(string Parent, string Element, string Source)
    {
        public bool Matches(ValidationError error) => error.Parent == Parent && error.Element == Element;
    }

    public static readonly Entry[] Entries =
    {
        // The role's "Auto-assign" column (isautoassigned), exported since roles could be assigned to every new user:
        // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/role
        new("Role", "IsAutoAssigned", "https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/role"),
    };

    public static bool Explains(ValidationError error) => Entries.Any(e => e.Matches(error));
}
