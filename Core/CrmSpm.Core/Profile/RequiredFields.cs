using System.Collections.Generic;

namespace CrmSpm.Core.Profile;

/// <summary>The field names a stage may require (<c>stages[i].requiredFields</c>).</summary>
public static class RequiredFields
{
    /// <summary>Amount above zero.</summary>
    public const string Amount = "amount";

    /// <summary>An estimated close date.</summary>
    public const string CloseDate = "closeDate";

    /// <summary>A non-blank next step.</summary>
    public const string NextStep = "nextStep";

    /// <summary>A customer account.</summary>
    public const string Account = "account";

    /// <summary>At least one engaged contact.</summary>
    public const string Contacts = "contacts";

    /// <summary>All known field names.</summary>
    public static readonly IReadOnlyList<string> All = new[] { Amount, CloseDate, NextStep, Account, Contacts };
}
