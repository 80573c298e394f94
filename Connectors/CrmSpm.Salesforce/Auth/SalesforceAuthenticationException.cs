using System;

namespace CrmSpm.Salesforce.Auth;

/// <summary>
/// The token endpoint refused us. <see cref="Error"/> is the OAuth code (e.g. <c>invalid_grant</c>) and
/// <see cref="Description"/> Salesforce's explanation (e.g. "user hasn't approved this consumer").
/// </summary>
public sealed class SalesforceAuthenticationException : Exception
{
    public SalesforceAuthenticationException(string error, string description, int httpStatus)
        : base($"Salesforce login failed ({httpStatus} {error}): {description}")
    {
        Error = error;
        Description = description;
        HttpStatus = httpStatus;
    }

    public string Error { get; }

    public string Description { get; }

    public int HttpStatus { get; }
}
