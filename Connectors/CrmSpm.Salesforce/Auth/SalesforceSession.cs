using System;

namespace CrmSpm.Salesforce.Auth;

/// <summary>An access token and the instance it is valid for, as returned by the token endpoint.</summary>
public sealed class SalesforceSession
{
    public SalesforceSession(Secret accessToken, Uri instanceUrl)
    {
        AccessToken = accessToken;
        InstanceUrl = instanceUrl;
    }

    public Secret AccessToken { get; }

    /// <summary>"Identifies the Salesforce instance to which API calls should be sent" (token response field).</summary>
    public Uri InstanceUrl { get; }

    public override string ToString() => $"Salesforce session on {InstanceUrl} (token ***)";
}
