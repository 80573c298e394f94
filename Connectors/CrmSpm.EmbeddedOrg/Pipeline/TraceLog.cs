using System.Collections.Generic;
using System.Linq;

namespace CrmSpm.EmbeddedOrg.Pipeline;

// The most recent plugin traces, bounded so a long demo replay does not grow memory without limit.
internal sealed class TraceLog
{
    private readonly int _capacity;
    private readonly Queue<PluginTrace> _entries = new();

    public TraceLog(int capacity)
    {
        _capacity = capacity < 1 ? 1 : capacity;
    }

    public void Add(PluginTrace trace)
    {
        lock (_entries)
        {
            _entries.Enqueue(trace);
            while (_entries.Count > _capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    public IReadOnlyList<PluginTrace> Snapshot()
    {
        lock (_entries)
        {
            return _entries.ToList();
        }
    }

    public void Clear()
    {
        lock (_entries)
        {
            _entries.Clear();
        }
    }
}
