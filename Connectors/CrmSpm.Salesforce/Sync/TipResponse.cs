namespace CrmSpm.Salesforce.Sync;

/// <summary>A rep's answer to a tip as read from its task: Done, Dismissed (with reason) or Snoozed.</summary>
public sealed record TipResponse(string Key, string Response, string? Reason);
