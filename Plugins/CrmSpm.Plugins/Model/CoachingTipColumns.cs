namespace CrmSpm.Plugins.Model;

/// <summary>
/// A coaching tip is a <c>task</c> with these extra columns, so it lands in the rep's own activity lists and timeline.
/// Its id is derived from <see cref="TipKey"/> (see <c>TipIdentity</c>), which makes every write idempotent.
/// </summary>
public static class CoachingTipColumns
{
    public const string EntityName = ActivityColumns.Task;
    public const string Id = ActivityColumns.ActivityId;

    public const string RuleId = "crmspm_ruleid";
    public const string TipKey = "crmspm_tipkey";
    public const string Severity = "crmspm_severity";
    public const string Evidence = "crmspm_evidence";
    public const string Benchmark = "crmspm_benchmark";
    public const string TrainingLink = "crmspm_traininglink";
    public const string Response = "crmspm_response";
    public const string DismissReason = "crmspm_dismissreason";
    public const string SnoozedUntil = "crmspm_snoozeduntil";
    public const string ShowCount = "crmspm_showcount";

    // Stock columns of task with their maximum lengths, from Microsoft's task table reference (Subject: String,
    // MaxLength 200; Description: Memo, MaxLength 2000): https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/task
    public const string Subject = ActivityColumns.Subject;
    public const int SubjectMaxLength = 200;
    public const string Description = ActivityColumns.Description;
    public const int DescriptionMaxLength = 2000;

    // Maximum lengths the CrmSpm solution declares for our task columns (docs/data-model.md, "Column lengths").
    public const int RuleIdMaxLength = 100;
    public const int TipKeyMaxLength = 400;
    public const int BenchmarkMaxLength = 200;
    public const int TrainingLinkMaxLength = 2000;
    public const int DismissReasonMaxLength = 1000;
    public const int EvidenceMaxLength = 100000;

    /// <summary>The columns a rep changes when answering a tip: the feedback the task step records.</summary>
    public static readonly string[] RepAnswer = { Response, ActivityColumns.StateCode, DismissReason, SnoozedUntil };
}
