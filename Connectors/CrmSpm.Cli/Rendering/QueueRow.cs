namespace CrmSpm.Cli.Rendering;

/// <summary>One line of the coaching queue as both demo paths print it: Core's rank and Core's sentences, never re-ranked here.</summary>
public sealed record QueueRow(int Rank, string Rep, string Gain, string Coach);
