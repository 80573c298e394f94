using System.Globalization;

namespace CrmSpm.Core.Profile;

/// <summary>
/// The exact validation messages. The web admin page mirrors them, and docs/scoring-profile.md lists them:
/// change all three together.
/// </summary>
public static class ProfileMessages
{
    /// <summary>Document is not JSON; the parser's detail follows.</summary>
    public const string NotJsonPrefix = "is not valid JSON: ";

    /// <summary>A required section or value is missing.</summary>
    public const string Required = "is required";

    /// <summary>Wrong JSON type.</summary>
    public const string MustBeObject = "must be an object";

    /// <summary>Wrong JSON type.</summary>
    public const string MustBeArray = "must be an array";

    /// <summary>Wrong JSON type.</summary>
    public const string MustBeNumber = "must be a number";

    /// <summary>Wrong JSON type or a fraction where a count is expected.</summary>
    public const string MustBeWholeNumber = "must be a whole number";

    /// <summary>Wrong JSON type.</summary>
    public const string MustBeString = "must be a string";

    /// <summary>Wrong JSON type.</summary>
    public const string MustBeBoolean = "must be true or false";

    /// <summary>A key the format does not define (usually a typo).</summary>
    public const string UnknownSetting = "is not a known setting";

    /// <summary>The same key twice in one object.</summary>
    public const string DuplicateKey = "appears more than once";

    /// <summary>Unsupported format version.</summary>
    public const string UnsupportedVersion = "must be 1";

    /// <summary>All adoption weights are zero.</summary>
    public const string NoPositiveWeight = "at least one weight must be above 0";

    /// <summary>Tier shares leave no room.</summary>
    public const string TierSharesTooLarge = "tierAShare + tierCShare must not exceed 1";

    /// <summary>Bands or intervals out of order.</summary>
    public const string MustAscend = "must be in ascending order";

    /// <summary>An empty list where at least one entry is needed.</summary>
    public const string MustNotBeEmpty = "must not be empty";

    /// <summary>Text longer than allowed.</summary>
    public const string TooLong = "must be at most 100 characters";

    /// <summary>Unknown coaching rule.</summary>
    public const string UnknownRule = "is not a known rule id";

    /// <summary>Unknown required field name.</summary>
    public const string UnknownField = "must be one of amount, closeDate, nextStep, account, contacts";

    public const string UnknownSeverity = "must be one of Low, Medium, High";

    /// <summary>A currency that is not shaped like an ISO 4217 code.</summary>
    public const string MustBeCurrencyCode = "must be a three-letter ISO 4217 currency code, e.g. USD";

    /// <summary>Unsafe or relative training link.</summary>
    public const string MustBeHttpUrl = "must be an absolute http or https URL";

    /// <summary>Range message, e.g. "must be between 0 and 1".</summary>
    public static string Between(double min, double max) =>
        string.Format(CultureInfo.InvariantCulture, "must be between {0} and {1}", min, max);

    /// <summary>A second rule entry with an id already listed.</summary>
    public static string DuplicateRule(string id) => "duplicates rule '" + id + "'";

    /// <summary>A second stage with a name already listed.</summary>
    public static string DuplicateStageName(string name) => "duplicates stage '" + name + "'";

    /// <summary>A second stage with an order already used.</summary>
    public static string DuplicateStageOrder(string name) => "duplicates the order of stage '" + name + "'";

    /// <summary>A parameter the rule does not have.</summary>
    public static string UnknownParameter(string ruleId) => "is not a parameter of rule '" + ruleId + "'";
}
