namespace CrmSpm.EmbeddedOrg.Counters;

// Service calls (nested plugin calls included), rows returned to callers, and rows created/updated/deleted.
public readonly record struct CounterSnapshot(long Calls, long RowsRead, long RowsWritten)
{
    public static CounterSnapshot operator -(CounterSnapshot left, CounterSnapshot right) =>
        new(left.Calls - right.Calls, left.RowsRead - right.RowsRead, left.RowsWritten - right.RowsWritten);
}
