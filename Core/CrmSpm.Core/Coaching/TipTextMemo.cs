using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using CrmSpm.Core.Coaching.Rules;

namespace CrmSpm.Core.Coaching;

/// <summary>
/// The texts a full run's deal tips share, written once per run: twenty thousand tips say about a thousand different
/// things ("Days in Qualify", the message, the evidence), and every text a tip keeps lives as long as the run's result.
/// Equal tips therefore share their strings and their evidence dictionary (see <see cref="CoachingTip.Evidence"/>).
/// One memo serves one run on one thread.
/// </summary>
internal sealed class TipTextMemo
{
    private readonly Dictionary<Phrase, string> phrases = new Dictionary<Phrase, string>();
    private readonly Dictionary<DateTime, string> dates = new Dictionary<DateTime, string>();
    private readonly Dictionary<Parts, string> messages = new Dictionary<Parts, string>();
    private readonly Dictionary<Parts, IDictionary<string, string>> evidence = new Dictionary<Parts, IDictionary<string, string>>();

    /// <summary><paramref name="prefix"/> + <paramref name="name"/>, e.g. "Days in " + "Qualify".</summary>
    public string Joined(string prefix, string name)
    {
        // A missing name joins as nothing, as + does.
        var key = new Phrase(prefix, name ?? "");
        if (!phrases.TryGetValue(key, out var text))
        {
            text = prefix + name;
            phrases.Add(key, text);
        }

        return text;
    }

    /// <summary><see cref="Words.Date"/> of <paramref name="date"/>.</summary>
    public string Date(DateTime date)
    {
        if (!dates.TryGetValue(date, out var text))
        {
            text = Words.Date(date);
            dates.Add(date, text);
        }

        return text;
    }

    /// <summary><see cref="TipWording.Message"/> of the same parts.</summary>
    public string Message(string action, TipFacts facts, string? otherLabel, string? other)
    {
        var key = new Parts(action, facts.Measure, facts.ObservedLabel, facts.Observed, otherLabel, other);
        if (!messages.TryGetValue(key, out var text))
        {
            text = TipWording.Message(action, facts, otherLabel, other);
            messages.Add(key, text);
        }

        return text;
    }

    /// <summary>The evidence { observed, benchmark when not null }, one dictionary per different pair.</summary>
    public IDictionary<string, string> Evidence(string observed, string? benchmark)
    {
        var key = new Parts(observed, benchmark, null, null, null, null);
        if (!evidence.TryGetValue(key, out var found))
        {
            found = TipWording.Evidence(observed, benchmark);
            evidence.Add(key, found);
        }

        return found;
    }

    /// <summary>A prefix and a name, compared by their characters.</summary>
    private readonly struct Phrase : IEquatable<Phrase>
    {
        private readonly string prefix;
        private readonly string name;

        public Phrase(string prefix, string name)
        {
            this.prefix = prefix;
            this.name = name;
        }

        public bool Equals(Phrase other) =>
            string.Equals(prefix, other.prefix, StringComparison.Ordinal) && string.Equals(name, other.name, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Phrase other && Equals(other);

        public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(prefix) * 31) + StringComparer.Ordinal.GetHashCode(name);
    }

    /// <summary>
    /// Up to six texts, equal when their characters are; hashed by identity, which is cheap and enough: the parts come
    /// from this memo, constants and <see cref="Words"/>' caches, so equal parts are mostly the same string (an equal
    /// copy only costs a second entry).
    /// </summary>
    private readonly struct Parts : IEquatable<Parts>
    {
        private readonly string? a;
        private readonly string? b;
        private readonly string? c;
        private readonly string? d;
        private readonly string? e;
        private readonly string? f;

        public Parts(string? a, string? b, string? c, string? d, string? e, string? f)
        {
            this.a = a;
            this.b = b;
            this.c = c;
            this.d = d;
            this.e = e;
            this.f = f;
        }

        public bool Equals(Parts other) =>
            Same(a, other.a) && Same(b, other.b) && Same(c, other.c) && Same(d, other.d) && Same(e, other.e) && Same(f, other.f);

        public override bool Equals(object? obj) => obj is Parts other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = Identity(a);
                hash = (hash * 31) + Identity(b);
                hash = (hash * 31) + Identity(c);
                hash = (hash * 31) + Identity(d);
                hash = (hash * 31) + Identity(e);
                return (hash * 31) + Identity(f);
            }
        }

        private static bool Same(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        private static int Identity(string? text) => text == null ? 0 : RuntimeHelpers.GetHashCode(text);
    }
}
