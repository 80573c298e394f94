namespace CrmSpm.Plugins.Model;

/// <summary>
/// <c>versionnumber</c>, the row version every table has: <c>Entity.RowVersion</c> as a number, and the only way to
/// read a joined row's version (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
public static class RowVersionColumn
{
    public const string Name = "versionnumber";
}
