namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// ==, !=, &lt;, &lt;=, &gt;, &gt;= as GitHub defines them: JavaScript's loose rules, except that strings compare
/// ignoring case and arrays and objects are never converted (they are equal only to themselves, and never ordered).
/// </summary>
internal static class LooseComparison
{
    public static bool AreEqual(object? left, object? right)
    {
        var (leftValue, rightValue, kind) = Coerce(left, right);
        return kind switch
        {
            ValueKind.Null => true,
            ValueKind.Boolean => (bool)leftValue! == (bool)rightValue!,
            ValueKind.Number => (double)leftValue! == (double)rightValue!, // NaN == NaN is false, as wanted
            ValueKind.String => string.Equals((string)leftValue!, (string)rightValue!, StringComparison.OrdinalIgnoreCase),
            ValueKind.Array or ValueKind.Object => ReferenceEquals(leftValue, rightValue),
            _ => false,
        };
    }

    public static bool IsLess(object? left, object? right) => Order(left, right) < 0;

    public static bool IsGreater(object? left, object? right) => Order(left, right) > 0;

    // GitHub defines <= and >= this way, which matters for null and for values that are equal but unordered.
    public static bool IsLessOrEqual(object? left, object? right) => AreEqual(left, right) || IsLess(left, right);

    public static bool IsGreaterOrEqual(object? left, object? right) => AreEqual(left, right) || IsGreater(left, right);

    /// <summary>Negative, zero or positive; null when the values have no order (NaN, arrays, objects, mixed kinds).</summary>
    private static int? Order(object? left, object? right)
    {
        var (leftValue, rightValue, kind) = Coerce(left, right);
        return kind switch
        {
            ValueKind.Boolean => ((bool)leftValue!).CompareTo((bool)rightValue!),
            ValueKind.Number when double.IsNaN((double)leftValue!) || double.IsNaN((double)rightValue!) => null,
            ValueKind.Number => ((double)leftValue!).CompareTo((double)rightValue!),
            ValueKind.String => string.Compare((string)leftValue!, (string)rightValue!, StringComparison.OrdinalIgnoreCase),
            _ => null,
        };
    }

    /// <summary>
    /// Brings both sides to one kind, or reports none (null) when they stay different: a number meets a string as a
    /// number, and null or a boolean becomes a number before anything else is tried.
    /// </summary>
    private static (object? Left, object? Right, ValueKind? Kind) Coerce(object? left, object? right)
    {
        left = ExpressionValue.Normalize(left);
        right = ExpressionValue.Normalize(right);
        var leftKind = ExpressionValue.KindOf(left);
        var rightKind = ExpressionValue.KindOf(right);
        if (leftKind == rightKind)
        {
            return (left, right, leftKind);
        }

        if ((leftKind, rightKind) is (ValueKind.Number, ValueKind.String) or (ValueKind.String, ValueKind.Number))
        {
            return (ValueCoercion.ToNumber(left), ValueCoercion.ToNumber(right), ValueKind.Number);
        }

        if (leftKind is ValueKind.Null or ValueKind.Boolean)
        {
            return Coerce(ValueCoercion.ToNumber(left), right);
        }

        if (rightKind is ValueKind.Null or ValueKind.Boolean)
        {
            return Coerce(left, ValueCoercion.ToNumber(right));
        }

        return (left, right, null);
    }
}
