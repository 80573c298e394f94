namespace CrmSpm.Core.Model;

/// <summary>Forecast category of an opportunity (Salesforce ForecastCategoryName, Dataverse msdyn_forecastcategory).</summary>
public enum ForecastCategory
{
    /// <summary>The CRM does not use forecast categories.</summary>
    None = 0,

    /// <summary>Early pipeline.</summary>
    Pipeline = 1,

    /// <summary>Could close in the period.</summary>
    BestCase = 2,

    /// <summary>The rep commits to closing it in the period.</summary>
    Commit = 3,

    /// <summary>Excluded from the forecast.</summary>
    Omitted = 4,

    /// <summary>Closed (won).</summary>
    Closed = 5,
}
