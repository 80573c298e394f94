using System;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// The fields of a successful token response that we use. <c>issued_at</c> and <c>signature</c> are ignored;
/// no flow returns <c>expires_in</c>, so expiry is detected by the 401 on the next call.
/// </summary>
internal sealed record TokenResponse(Secret AccessToken, Uri InstanceUrl, Secret? RefreshToken)
{
    public SalesforceSession ToSession() => new(AccessToken, InstanceUrl);
}
