namespace CrmSpm.Core.Model;

/// <summary>Lifecycle state of an opportunity (Dataverse statecode 0/1/2, Salesforce IsClosed/IsWon).</summary>
public enum OpportunityStatus
{
    /// <summary>Still being worked.</summary>
    Open = 0,

    /// <summary>Closed as won.</summary>
    Won = 1,

    /// <summary>Closed as lost.</summary>
    Lost = 2,
}
