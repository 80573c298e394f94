namespace CrmSpm.EmbeddedOrg.Metadata;

// Logical names of the system columns the embedded org maintains on every row.
public static class ColumnNames
{
    public const string CreatedOn = "createdon";
    public const string ModifiedOn = "modifiedon";
    public const string CreatedBy = "createdby";
    public const string ModifiedBy = "modifiedby";
    // The row version every table has (Entity.RowVersion as a number); the store keeps it on Row, not in Values.
    public const string VersionNumber = "versionnumber";
    public const string OwnerId = "ownerid";
    public const string OwningBusinessUnit = "owningbusinessunit";
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    public const string ActivityId = "activityid";
    public const string FullName = "fullname";
    public const string Name = "name";
    public const string BusinessUnitId = "businessunitid";
    public const string ParentBusinessUnitId = "parentbusinessunitid";
    public const string ParentSystemUserId = "parentsystemuserid";
    public const string OpportunityId = "opportunityid";
    public const string ActualEnd = "actualend";
    public const string ActualRevenue = "actualrevenue";
    public const string ActualCloseDate = "actualclosedate";
    public const string ActualValue = "actualvalue";
}
