using System.Collections;
using System.Globalization;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// Maps CLR values onto the expression kinds and reads arrays and objects, whatever collection type the simulator
/// built them with. Objects are <see cref="IReadOnlyDictionary{TKey, TValue}"/> (or any <see cref="IDictionary"/>,
/// so a <c>Dictionary&lt;string, string&gt;</c> of env vars works as is), arrays <see cref="IReadOnlyList{T}"/>
/// (or any <see cref="IList"/>), numbers any CLR numeric type, read back as <see cref="double"/>.
/// </summary>
internal static class ExpressionValue
{
    public static ValueKind KindOf(object? value) => value switch
    {
        null => ValueKind.Null,
        bool => ValueKind.Boolean,
        string => ValueKind.String,
        double or float or decimal or int or long or short or byte or sbyte or uint or ulong or ushort => ValueKind.Number,
        IReadOnlyDictionary<string, object?> or IDictionary => ValueKind.Object,
        IReadOnlyList<object?> or IList => ValueKind.Array,
        _ => throw new NotSupportedException(
            $"A value of type {value.GetType().Name} cannot be used in an expression: use null, bool, a number, string, " +
            "IReadOnlyDictionary<string, object?> or IReadOnlyList<object?>."),
    };

    public static bool IsPrimitive(object? value) => KindOf(value) is not (ValueKind.Array or ValueKind.Object);

    /// <summary>Every number becomes a <see cref="double"/>, so results compare and render one way.</summary>
    public static object? Normalize(object? value) =>
        KindOf(value) == ValueKind.Number && value is not double ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : value;

    public static bool TryGetProperty(object? value, string name, out object? property)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> properties:
                if (properties.TryGetValue(name, out property))
                {
                    property = Normalize(property);
                    return true;
                }

                // The dictionary may have been built with an ordinal comparer; GitHub property names never are.
                foreach (var (key, item) in properties)
                {
                    if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                    {
                        property = Normalize(item);
                        return true;
                    }
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Key is string key && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                    {
                        property = Normalize(entry.Value);
                        return true;
                    }
                }

                break;
        }

        property = null;
        return false;
    }

    /// <summary>The name and value of each property, in the object's own order (toJSON and <c>.*</c> keep it).</summary>
    public static IEnumerable<KeyValuePair<string, object?>> PropertiesOf(object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> properties:
                foreach (var (key, item) in properties)
                {
                    yield return new(key, Normalize(item));
                }

                break;
            case IDictionary dictionary:
                foreach (DictionaryEntry entry in dictionary)
                {
                    yield return new(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "", Normalize(entry.Value));
                }

                break;
        }
    }

    public static IReadOnlyList<object?> ItemsOf(object? value) => value switch
    {
        IReadOnlyList<object?> items => [.. items.Select(Normalize)],
        IList list => [.. list.Cast<object?>().Select(Normalize)],
        _ => [],
    };
}
