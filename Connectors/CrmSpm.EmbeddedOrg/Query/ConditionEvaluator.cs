using System;
using System.Collections.Generic;
using System.Linq;
using CrmSpm.EmbeddedOrg.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace CrmSpm.EmbeddedOrg.Query;

// Evaluates one ConditionExpression against one row. A null column fails every operator except Null
// (SQL three-valued logic: NotEqual and NotIn do not match nulls either).
internal static class ConditionEvaluator
{
    public static bool Evaluate(ConditionExpression condition, Func<string, object?> column, QueryContext context)
    {
        var stored = column(condition.AttributeName);
        var values = condition.CompareColumns
            ? ConditionValues.Of(condition).Select(v => v is string other ? column(other) : null).ToList()
            : ConditionValues.Of(condition);
        var op = condition.Operator;

        if (DateConditions.IsDateOperator(op))
        {
            return DateConditions.Evaluate(op, stored, values, context.UtcNow);
        }

        switch (op)
        {
            case ConditionOperator.Null:
                return stored == null;
            case ConditionOperator.NotNull:
                return stored != null;
            case ConditionOperator.Equal:
                return ValueComparer.Compare(stored, Single(op, values)) == 0;
            case ConditionOperator.NotEqual:
                return ValueComparer.Compare(stored, Single(op, values)) is int c && c != 0;
            case ConditionOperator.GreaterThan:
                return ValueComparer.Compare(stored, Single(op, values)) > 0;
            case ConditionOperator.GreaterEqual:
                return ValueComparer.Compare(stored, Single(op, values)) >= 0;
            case ConditionOperator.LessThan:
                return ValueComparer.Compare(stored, Single(op, values)) < 0;
            case ConditionOperator.LessEqual:
                return ValueComparer.Compare(stored, Single(op, values)) <= 0;
            case ConditionOperator.In:
                return stored != null && values.Any(v => ValueComparer.AreEqual(stored, v));
            case ConditionOperator.NotIn:
                return stored != null && !values.Any(v => ValueComparer.AreEqual(stored, v));
            case ConditionOperator.Between:
                return InRange(op, stored, values);
            case ConditionOperator.NotBetween:
                return stored != null && !InRange(op, stored, values);
            case ConditionOperator.Like:
                return TextConditions.Like(stored, Single(op, values));
            case ConditionOperator.NotLike:
                return stored != null && !TextConditions.Like(stored, Single(op, values));
            case ConditionOperator.BeginsWith:
                return TextConditions.BeginsWith(stored, Single(op, values));
            case ConditionOperator.DoesNotBeginWith:
                return stored != null && !TextConditions.BeginsWith(stored, Single(op, values));
            case ConditionOperator.EndsWith:
                return TextConditions.EndsWith(stored, Single(op, values));
            case ConditionOperator.DoesNotEndWith:
                return stored != null && !TextConditions.EndsWith(stored, Single(op, values));
            case ConditionOperator.EqualUserId:
                return ValueComparer.AreEqual(stored, context.UserId);
            case ConditionOperator.NotEqualUserId:
                return stored != null && !ValueComparer.AreEqual(stored, context.UserId);
            case ConditionOperator.EqualBusinessId:
                return ValueComparer.AreEqual(stored, context.Access.BusinessUnitOf(context.UserId));
            default:
                throw OrgFaults.InvalidArgument($"The condition operator {op} is not supported by the embedded organization.");
        }
    }

    private static object? Single(ConditionOperator op, IReadOnlyList<object?> values)
    {
        if (values.Count != 1)
        {
            throw OrgFaults.InvalidArgument($"The condition operator {op} needs exactly one value, got {values.Count}.");
        }

        return values[0];
    }

    private static bool InRange(ConditionOperator op, object? stored, IReadOnlyList<object?> values)
    {
        if (values.Count != 2)
        {
            throw OrgFaults.InvalidArgument($"The condition operator {op} needs two values, got {values.Count}.");
        }

        return ValueComparer.Compare(stored, values[0]) >= 0 && ValueComparer.Compare(stored, values[1]) <= 0;
    }
}
