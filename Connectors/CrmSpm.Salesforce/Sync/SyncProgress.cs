namespace CrmSpm.Salesforce.Sync;

/// <summary>A progress report: the phase (read, score, write), what is being done and how far along it is.</summary>
public sealed record SyncProgress(string Phase, string Item, long Done, long? Total)
{
    public const string Read = "read";
    public const string Score = "score";
    public const string Write = "write";
    public const string Save = "save";

    public override string ToString() => Total is { } total ? $"{Phase} {Item}: {Done}/{total}" : $"{Phase} {Item}: {Done}";
}
