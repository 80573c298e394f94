using System;
using System.Collections.Generic;
using CrmSpm.Salesforce.Query;

namespace CrmSpm.Salesforce.Sync.Mirror;

/// <summary>One Salesforce object the sync reads: its name, the fields to select and how a row lands in the mirror.</summary>
public sealed class SyncedObject
{
    public SyncedObject(string name, IReadOnlyList<string> fields, Action<OrgMirror, SObjectRecord> apply)
    {
        Name = name;
        Fields = fields;
        Apply = apply;
    }

    public string Name { get; }

    public IReadOnlyList<string> Fields { get; }

    /// <summary>Adds, replaces or (for deleted rows) removes the record in the mirror.</summary>
    public Action<OrgMirror, SObjectRecord> Apply { get; }
}
