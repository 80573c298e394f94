using System;

namespace CrmSpm.Salesforce.Sync;

/// <summary>The org is not set up for the sync (metadata not deployed, permissions missing); nothing was read or written.</summary>
public sealed class SalesforceSetupException : Exception
{
    public SalesforceSetupException(string message)
        : base(message)
    {
    }
}
