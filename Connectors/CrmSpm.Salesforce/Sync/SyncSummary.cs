using System;
using System.Collections.Generic;
using CrmSpm.Core.Data;
using CrmSpm.Salesforce.Http;

namespace CrmSpm.Salesforce.Sync;

/// <summary>What one run did. Record failures are listed one by one; they are retried on the next run.</summary>
public sealed class SyncSummary
{
    public DateTimeOffset WindowEnd { get; set; }

    public Dictionary<string, long> RowsRead { get; } = new(StringComparer.Ordinal);

    public int TipsCreated { get; set; }

    public int TipsUpdated { get; set; }

    public int TipsClosed { get; set; }

    /// <summary>Tips Core's policy held back this run (budget, or a deal reason they would contradict); a later run raises them.</summary>
    public int TipsDeferred { get; set; }

    public int ResponsesRecorded { get; set; }

    public int ScorecardsWritten { get; set; }

    /// <summary>
    /// Every data issue of the run, each with its record id and what was done: the connector's (e.g. a territory size that
    /// is not a number) and Core's (docs/scoring.md "Bad data"; Core lists 100 per code, then one line with the rest's count).
    /// </summary>
    public List<DataIssue> DataIssues { get; } = new();

    public List<string> Failures { get; } = new();

    public long ApiCalls { get; set; }

    /// <summary>Daily API usage from the last Sforce-Limit-Info header; null when none was seen.</summary>
    public ApiUsage? Usage { get; set; }

    public int TipsWritten => TipsCreated + TipsUpdated;
}
