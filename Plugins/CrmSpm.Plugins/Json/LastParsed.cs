using System;

namespace CrmSpm.Plugins.Json;

/// <summary>
/// Remembers the last value parsed from one kind of configuration text (the active profile, a team's model, its
/// benchmarks): parsing them costs hundreds of microseconds to milliseconds, more than scoring a deal, and they change
/// far less often than deals. One entry per kind, keyed by the exact text and by the object it was parsed against.
/// <para>
/// The plugins' only statics, within the statelessness rule's accepted pattern, docs/plugins.md: they hold values
/// derived from their key alone, never context or services, and each entry is swapped as one reference, so concurrent
/// executions see the old or the new entry, each valid for its own key. Callers must treat the value as read-only.
/// </para>
/// </summary>
public sealed class LastParsed<T>
    where T : class
{
    private Tuple<string, object?, T>? _last;

    public T Get(string text, object? parsedAgainst, Func<string, T> parse)
    {
        var last = _last;
        if (last != null && ReferenceEquals(last.Item2, parsedAgainst) && string.Equals(last.Item1, text, StringComparison.Ordinal))
        {
            return last.Item3;
        }

        var value = parse(text);
        _last = Tuple.Create(text, parsedAgainst, value);
        return value;
    }
}
