using System;
using System.Collections.Generic;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// Message names as steps are registered (sdkmessage.name). Request names differ for a few messages:
// WinOpportunity/LoseOpportunity requests run the "Win"/"Lose" messages.
public static class MessageNames
{
    public const string Create = "Create";
    public const string Retrieve = "Retrieve";
    public const string RetrieveMultiple = "RetrieveMultiple";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Upsert = "Upsert";
    public const string Associate = "Associate";
    public const string Disassociate = "Disassociate";
    public const string ExecuteMultiple = "ExecuteMultiple";
    public const string ExecuteTransaction = "ExecuteTransaction";
    public const string SetState = "SetState";
    public const string Assign = "Assign";
    public const string Win = "Win";
    public const string Lose = "Lose";
    public const string WinOpportunityRequest = "WinOpportunity";
    public const string LoseOpportunityRequest = "LoseOpportunity";

    private static readonly Dictionary<string, string> MessageOfRequest = new(StringComparer.Ordinal)
    {
        [WinOpportunityRequest] = Win,
        [LoseOpportunityRequest] = Lose,
    };

    public static string ForRequest(string requestName) =>
        MessageOfRequest.TryGetValue(requestName, out var message) ? message : requestName;
}
