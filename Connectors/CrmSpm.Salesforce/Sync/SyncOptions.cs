using System;
using System.Collections.Generic;
using CrmSpm.Salesforce.Sync.Mirror;

namespace CrmSpm.Salesforce.Sync;

public sealed class SyncOptions
{
    /// <summary>Objects to read, in <see cref="SyncedObjects.All"/> order.</summary>
    public IReadOnlyList<SyncedObject> Objects { get; init; } = SyncedObjects.All;

    /// <summary>
    /// How far behind now a window ends. A transaction commits with a SystemModstamp from when it started,
    /// so rows can appear "in the past"; a window that ends a little back gives them time to land.
    /// </summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Records per write call (sObject Collections accept 200).</summary>
    public int WriteChunkSize { get; init; } = Collections.SObjectCollections.MaxRecordsPerCall;
}
