using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace CrmSpm.Core.Deals;

/// <summary>
/// What <see cref="DealFrequencyTable.Apply"/> counts of one closed deal: its outcome, stage and banded values, as the
/// key that groups alike deals in <see cref="DealModel.Rebuild"/>. Values compare by reference: the bands are a few
/// constant strings, and two equal strings at different addresses only make two groups, each counted right.
/// </summary>
internal readonly struct CountedDeal : IEquatable<CountedDeal>
{
    public CountedDeal(bool isWon, int stageOrder, KeyValuePair<string, string>[] values)
    {
        IsWon = isWon;
        StageOrder = stageOrder;
        Values = values;
    }

    public bool IsWon { get; }

    public int StageOrder { get; }

    /// <summary>Each categorical feature with its banded value, in <see cref="DealModel"/>'s order.</summary>
    public KeyValuePair<string, string>[] Values { get; }

    /// <summary>This key with a copy of its values, to keep when the caller reuses its array for the next deal.</summary>
    public CountedDeal Kept() => new CountedDeal(IsWon, StageOrder, (KeyValuePair<string, string>[])Values.Clone());

    public bool Equals(CountedDeal other)
    {
        if (IsWon != other.IsWon || StageOrder != other.StageOrder || Values.Length != other.Values.Length)
        {
            return false;
        }

        for (var i = 0; i < Values.Length; i++)
        {
            if (!ReferenceEquals(Values[i].Key, other.Values[i].Key) || !ReferenceEquals(Values[i].Value, other.Values[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is CountedDeal other && Equals(other);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = (StageOrder * 31) + (IsWon ? 1 : 0);
            foreach (var pair in Values)
            {
                hash = (hash * 31) + RuntimeHelpers.GetHashCode(pair.Value);
            }

            return hash;
        }
    }
}
