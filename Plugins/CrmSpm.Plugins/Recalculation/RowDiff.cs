using System;
using Microsoft.Xrm.Sdk;

namespace CrmSpm.Plugins.Recalculation;

/// <summary>
/// "Write only what changed" for rows the recompute derives in full (scorecards, team models): compares the derived
/// row with the stored one column by column, by value (a lookup by table and id, a choice by number, money by amount).
/// </summary>
public static class RowDiff
{
    /// <summary>
    /// The write that brings <paramref name="current"/> to <paramref name="desired"/>: null when nothing differs;
    /// <paramref name="desired"/> itself (an Upsert by its key) when there is no stored row; else an update by the
    /// stored row's id carrying only the differing columns.
    /// </summary>
    public static Entity? Changes(Entity desired, Entity? current)
    {
        if (current == null)
        {
            return desired;
        }

        var changes = new Entity(desired.LogicalName, current.Id);
        foreach (var column in desired.Attributes)
        {
            var stored = current.Contains(column.Key) ? current[column.Key] : null;
            if (!SameValue(column.Value, stored))
            {
                changes[column.Key] = column.Value;
            }
        }

        return changes.Attributes.Count == 0 ? null : changes;
    }

    /// <summary>Two column values are the same when they mean the same thing to Dataverse.</summary>
    public static bool SameValue(object? left, object? right)
    {
        if (left == null || right == null)
        {
            return IsEmpty(left) && IsEmpty(right);
        }

        switch (left)
        {
            case EntityReference reference:
                return right is EntityReference other && other.Id == reference.Id && string.Equals(other.LogicalName, reference.LogicalName, StringComparison.Ordinal);
            case OptionSetValue choice:
                return right is OptionSetValue otherChoice && otherChoice.Value == choice.Value;
            case Money money:
                return right is Money otherMoney && otherMoney.Value == money.Value;
            case DateTime instant:
                return right is DateTime otherInstant && otherInstant.ToUniversalTime() == instant.ToUniversalTime();
            default:
                return left.Equals(right);
        }
    }

    // Dataverse stores an empty string as null.
    private static bool IsEmpty(object? value) => value == null || (value is string text && text.Length == 0);
}
