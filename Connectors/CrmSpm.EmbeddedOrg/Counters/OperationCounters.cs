using System;
using System.Threading;

namespace CrmSpm.EmbeddedOrg.Counters;

// Counts work in total and per top-level operation (one call from outside the org, with every nested call its
// plugins make), for the round-trip and load figures of the performance docs.
public sealed class OperationCounters
{
    private long _calls;
    private long _rowsRead;
    private long _rowsWritten;
    private long _operations;
    private readonly object _operationGate = new();
    private CounterSnapshot _operationStart;
    private CounterSnapshot _lastOperation;

    public CounterSnapshot Total => new(Interlocked.Read(ref _calls), Interlocked.Read(ref _rowsRead), Interlocked.Read(ref _rowsWritten));

    // The counts of the most recent completed top-level operation (an async job run on demand counts as one).
    public CounterSnapshot LastOperation
    {
        get
        {
            lock (_operationGate)
            {
                return _lastOperation;
            }
        }
    }

    public long TopLevelOperations => Interlocked.Read(ref _operations);

    // Counts what the action does (including what its plugins do), for a test or a benchmark.
    public CounterSnapshot Measure(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var before = Total;
        action();
        return Total - before;
    }

    // Called under the org's lock, so operations never overlap; _operationGate only guards readers on other threads.
    internal void BeginOperation()
    {
        lock (_operationGate)
        {
            _operationStart = Total;
        }
    }

    internal void EndOperation()
    {
        lock (_operationGate)
        {
            _lastOperation = Total - _operationStart;
        }

        Interlocked.Increment(ref _operations);
    }

    internal void AddCall() => Interlocked.Increment(ref _calls);

    internal void AddRowsRead(long rows) => Interlocked.Add(ref _rowsRead, rows);

    internal void AddRowsWritten(long rows) => Interlocked.Add(ref _rowsWritten, rows);
}
