using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmSpm.Salesforce.Sync.State;

/// <summary>
/// What the state remembers of a written scorecard: a fingerprint of its fields other than the scores and the
/// details (<see cref="Rest"/>: rates, tier, names), the 0–100 scores as written, and a fingerprint of the org rows
/// it was computed from (<see cref="Inputs"/>, see <c>ScorecardInputs</c>).
/// </summary>
[JsonConverter(typeof(ScorecardStampJsonConverter))]
public sealed record ScorecardStamp(string Rest, IReadOnlyDictionary<string, double?> Scores, string? Inputs)
{
    /// <summary>How far the clock alone may move a written score before it is rewritten: one whole point.</summary>
    public const double ClockTolerancePoints = 1.0;

    /// <summary>
    /// Whether this scorecard must replace the one written under <paramref name="written"/>. A rate, the tier or a
    /// name that changed is always written. When something changed in the org for the rep, any score that moved is
    /// written at once. When only the clock moved (activities ageing out of a trailing window, time in stage), a
    /// score moves a few hundredths at a time: it is written once it is a whole point away from the written one, so
    /// an unchanged org costs no write and a written score is never more than a point stale.
    /// </summary>
    public bool Replaces(ScorecardStamp? written)
    {
        if (written is null || written.Rest != Rest || written.Scores.Count != Scores.Count)
        {
            return true;
        }

        var tolerance = written.Inputs == Inputs ? ClockTolerancePoints : 0;
        return Scores.Any(score => !written.Scores.TryGetValue(score.Key, out var old) || Moved(old, score.Value, tolerance));
    }

    /// <summary>Whether the written scores equal these (the record in Salesforce already shows them).</summary>
    public bool SameFields(ScorecardStamp written) =>
        written.Rest == Rest && written.Scores.Count == Scores.Count &&
        Scores.All(score => written.Scores.TryGetValue(score.Key, out var old) && !Moved(old, score.Value, 0));

    private static bool Moved(double? old, double? now, double tolerance) =>
        old is { } a && now is { } b ? Math.Abs(a - b) >= Math.Max(tolerance, double.Epsilon) : old.HasValue != now.HasValue;
}

/// <summary>Reads and writes the stamp; the plain fingerprint string of older state files reads as a stamp that
/// every scorecard replaces, so the first run of this version rewrites each scorecard once.</summary>
internal sealed class ScorecardStampJsonConverter : JsonConverter<ScorecardStamp>
{
    private sealed record Stored(string? Rest, Dictionary<string, double?>? Scores, string? Inputs);

    public override ScorecardStamp Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ScorecardStamp(string.Empty, new Dictionary<string, double?>(), null);
        }

        var stored = JsonSerializer.Deserialize<Stored>(ref reader, options)
                     ?? throw new JsonException("A scorecard stamp is null.");
        return new ScorecardStamp(stored.Rest ?? throw new JsonException("A scorecard stamp has no fingerprint."),
            stored.Scores ?? new Dictionary<string, double?>(StringComparer.Ordinal), stored.Inputs);
    }

    public override void Write(Utf8JsonWriter writer, ScorecardStamp value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, new Stored(value.Rest, value.Scores.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal), value.Inputs), options);
}
