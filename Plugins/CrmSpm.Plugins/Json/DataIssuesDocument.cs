using System.Collections.Generic;
using System.Runtime.Serialization;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// <c>crmspm_dataissuesjson</c> on the org-standing row: the data issues of the recompute's last run, for the admin's
/// data quality page. <c>{"total":12,"listed":12,"issues":[{"code":"duplicate-id","recordType":"opportunity",
/// "recordId":"…","problem":"Duplicate opportunity id; …","count":1}]}</c>; <c>listed</c> &lt; <c>total</c> when the
/// list was cut (Recalculation/DataIssuesColumn.cs).
/// </summary>
[DataContract]
public sealed class DataIssuesDocument
{
    /// <summary>Issues Core reported in the run (each occurrence once).</summary>
    [DataMember(Name = "total", Order = 1)] public int Total { get; set; }

    /// <summary>Issues the list covers: the sum of its counts.</summary>
    [DataMember(Name = "listed", Order = 2)] public int Listed { get; set; }

    [DataMember(Name = "issues", Order = 3)] public List<DataIssueEntry> Issues { get; set; } = new List<DataIssueEntry>();
}

/// <summary>One record's problem and how many times the run found it.</summary>
[DataContract]
public sealed class DataIssueEntry
{
    /// <summary>Core's stable code (DataIssueCodes), e.g. <c>duplicate-id</c>.</summary>
    [DataMember(Name = "code", Order = 1)] public string Code { get; set; } = "";

    /// <summary><c>org</c>, <c>rep</c>, <c>opportunity</c>, <c>activity</c>, or <c>summary</c> (more of one code than Core lists).</summary>
    [DataMember(Name = "recordType", Order = 2)] public string RecordType { get; set; } = "";

    /// <summary>The record's id; absent for the org, a summary or a record without one.</summary>
    [DataMember(Name = "recordId", Order = 3, EmitDefaultValue = false)] public string? RecordId { get; set; }

    /// <summary>What is wrong and what the engine did, in Core's words.</summary>
    [DataMember(Name = "problem", Order = 4)] public string Problem { get; set; } = "";

    [DataMember(Name = "count", Order = 5)] public int Count { get; set; }
}
