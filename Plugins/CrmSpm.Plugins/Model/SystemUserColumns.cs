namespace CrmSpm.Plugins.Model;

/// <summary>The <c>systemuser</c> table: reps and their managers.</summary>
public static class SystemUserColumns
{
    public const string EntityName = "systemuser";
    public const string Id = "systemuserid";
    public const string FullName = "fullname";
    public const string ParentSystemUserId = "parentsystemuserid";
    public const string BusinessUnitId = "businessunitid";
    public const string CreatedOn = "createdon";
    /// <summary>Our column: the rep's territory size (decimal, 0 to 1,000,000,000; blank = unknown), docs/data-model.md.</summary>
    public const string TerritorySize = "crmspm_territorysize";
}
