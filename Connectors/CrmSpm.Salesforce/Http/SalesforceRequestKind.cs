namespace CrmSpm.Salesforce.Http;

/// <summary>What a request was for, so that an error can say which one failed.</summary>
public enum SalesforceRequestKind
{
    Login,
    Query,
    Describe,
    Write,
}
