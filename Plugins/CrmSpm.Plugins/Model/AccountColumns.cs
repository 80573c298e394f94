namespace CrmSpm.Plugins.Model;

/// <summary>The <c>account</c> table: we only keep its last touch.</summary>
public static class AccountColumns
{
    public const string EntityName = "account";
    public const string Id = "accountid";
    public const string LastTouchOn = "crmspm_lasttouchon";
}
