using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CrmSpm.Core.Deals;

/// <summary>
/// The reasons of one scoring pass over many deals (<see cref="DealScoringPass"/>), each different reason and each
/// different list of them made once: a full run's sixty thousand reasons are six thousand different ones, in two
/// thousand different lists, and every one a score keeps lives as long as the run's result. Scores of a run therefore
/// share equal reasons (see <see cref="DealReason"/>).
/// </summary>
internal sealed class DealReasonShare
{
    /// <summary>The longest list <see cref="List"/> shares.</summary>
    public const int MaxListLength = 3;

    private readonly Dictionary<Reason, DealReason> reasons = new Dictionary<Reason, DealReason>();
    private readonly Dictionary<Reasons, DealReason[]> lists = new Dictionary<Reasons, DealReason[]>();

    /// <summary>The reason with these parts; <paramref name="text"/> comes from a <see cref="DealReasonTextCache"/>.</summary>
    public DealReason For(string feature, string text, double impact)
    {
        var key = new Reason(feature, text, impact);
        if (!reasons.TryGetValue(key, out var reason))
        {
            reason = new DealReason { Feature = feature, Text = text, Impact = impact };
            reasons.Add(key, reason);
        }

        return reason;
    }

    /// <summary>An array with the first <paramref name="count"/> reasons of <paramref name="picked"/> (reasons of <see cref="For"/>), in order.</summary>
    public DealReason[] List(DealReason[] picked, int count)
    {
        var key = new Reasons(picked, count);
        if (!lists.TryGetValue(key, out var list))
        {
            list = new DealReason[count];
            Array.Copy(picked, list, count);
            lists.Add(new Reasons(list, count), list);
        }

        return list;
    }

    /// <summary>A reason's parts: the text by identity (the cache hands out one string per text), the impact bit for bit.</summary>
    private readonly struct Reason : IEquatable<Reason>
    {
        private readonly string feature;
        private readonly string text;
        private readonly long impact;

        public Reason(string feature, string text, double impact)
        {
            this.feature = feature;
            this.text = text;
            this.impact = BitConverter.DoubleToInt64Bits(impact);
        }

        public bool Equals(Reason other) =>
            impact == other.impact && ReferenceEquals(text, other.text) && string.Equals(feature, other.feature, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Reason other && Equals(other);

        public override int GetHashCode() => unchecked((RuntimeHelpers.GetHashCode(text) * 31) + impact.GetHashCode());
    }

    /// <summary>Up to three shared reasons, by identity.</summary>
    private readonly struct Reasons : IEquatable<Reasons>
    {
        private readonly DealReason? first;
        private readonly DealReason? second;
        private readonly DealReason? third;

        public Reasons(DealReason[] picked, int count)
        {
            if (count > MaxListLength)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "A list of more than three reasons is not shared.");
            }

            first = count > 0 ? picked[0] : null;
            second = count > 1 ? picked[1] : null;
            third = count > 2 ? picked[2] : null;
        }

        public bool Equals(Reasons other) =>
            ReferenceEquals(first, other.first) && ReferenceEquals(second, other.second) && ReferenceEquals(third, other.third);

        public override bool Equals(object? obj) => obj is Reasons other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = first == null ? 0 : RuntimeHelpers.GetHashCode(first);
                hash = (hash * 31) + (second == null ? 0 : RuntimeHelpers.GetHashCode(second));
                return (hash * 31) + (third == null ? 0 : RuntimeHelpers.GetHashCode(third));
            }
        }
    }
}
