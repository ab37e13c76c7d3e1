using System.Diagnostics;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// Computes a parsed expression's value. <c>&amp;&amp;</c> and <c>||</c> stop at, and return, the operand that
/// decides them, as in JavaScript; comparisons and <c>!</c> return booleans.
/// </summary>
internal sealed class ExpressionEvaluator(string text, ExpressionContext context)
{
    public object? Evaluate(ExpressionNode node) => node switch
    {
        LiteralNode literal => literal.Value,
        ContextNode named => context[named.Name],
        IndexNode index => EvaluateIndex(index),
        NotNode not => !ValueCoercion.IsTruthy(Evaluate(not.Operand)),
        ComparisonNode comparison => Compare(comparison),
        LogicalNode logical => EvaluateLogical(logical),
        FunctionCallNode call => Call(call),
        _ => throw new UnreachableException($"No evaluation for {node.GetType().Name}."),
    };

    private bool Compare(ComparisonNode node)
    {
        var left = Evaluate(node.Left);
        var right = Evaluate(node.Right);
        return node.Operator switch
        {
            ComparisonOperator.Equal => LooseComparison.AreEqual(left, right),
            ComparisonOperator.NotEqual => !LooseComparison.AreEqual(left, right),
            ComparisonOperator.Less => LooseComparison.IsLess(left, right),
            ComparisonOperator.LessOrEqual => LooseComparison.IsLessOrEqual(left, right),
            ComparisonOperator.Greater => LooseComparison.IsGreater(left, right),
            _ => LooseComparison.IsGreaterOrEqual(left, right),
        };
    }

    private object? EvaluateLogical(LogicalNode node)
    {
        object? result = null;
        foreach (var operand in node.Operands)
        {
            result = Evaluate(operand);
            if (ValueCoercion.IsTruthy(result) == (node.Operator == LogicalOperator.Or))
            {
                break;
            }
        }

        return result;
    }

    private object? Call(FunctionCallNode node)
    {
        var arguments = node.Arguments.Select(Evaluate).ToList();
        try
        {
            return node.Function.Invoke(arguments, context);
        }
        catch (FormatException ex) when (ex is not ExpressionException)
        {
            throw ExpressionException.Failed(text, node.Position, ex.Message, ex);
        }
    }

    private object? EvaluateIndex(IndexNode node)
    {
        var target = Evaluate(node.Target);
        if (node.Index is null)
        {
            return Filter(target);
        }

        var key = Evaluate(node.Index);
        if (target is not FilteredArray filtered)
        {
            return TryIndex(target, key, out var value) ? value : null;
        }

        // After a filter the index applies to every element; elements without it drop out.
        var found = new List<object?>();
        foreach (var element in filtered)
        {
            if (TryIndex(element, key, out var value))
            {
                found.Add(value);
            }
        }

        return new FilteredArray(found);
    }

    /// <summary><c>x.*</c>: an array's items or an object's property values; on a filter result, those of every element.</summary>
    private static FilteredArray Filter(object? target)
    {
        IEnumerable<object?> elements = target is FilteredArray filtered ? filtered : [target];
        return new FilteredArray([.. elements.SelectMany(Children)]);

        static IEnumerable<object?> Children(object? element) => ExpressionValue.KindOf(element) switch
        {
            ValueKind.Array => ExpressionValue.ItemsOf(element),
            ValueKind.Object => ExpressionValue.PropertiesOf(element).Select(property => property.Value),
            _ => [],
        };
    }

    /// <summary>
    /// An array takes the key as a whole non-negative number, an object as a property name (the key's text);
    /// anything else has nothing to index.
    /// </summary>
    private static bool TryIndex(object? target, object? key, out object? value)
    {
        value = null;
        switch (ExpressionValue.KindOf(target))
        {
            case ValueKind.Array:
                var number = ValueCoercion.ToNumber(key);
                var items = ExpressionValue.ItemsOf(target);
                if (number >= 0 && number < items.Count)
                {
                    value = items[(int)Math.Floor(number)];
                    return true;
                }

                return false;
            case ValueKind.Object:
                return ExpressionValue.IsPrimitive(key) && ExpressionValue.TryGetProperty(target, ValueCoercion.ToText(key), out value);
            default:
                return false;
        }
    }
}
