using System.Globalization;
using System.Text.RegularExpressions;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// GitHub's conversions between kinds: truthiness, the number a value compares as, and the text it renders as.
/// They follow JavaScript (<c>Number()</c>, falsy values) except that arrays and objects never become primitives.
/// </summary>
internal static partial class ValueCoercion
{
    /// <summary>false, 0, -0, NaN, '' and null are falsy; everything else, empty arrays and objects included, is truthy.</summary>
    public static bool IsTruthy(object? value) => ExpressionValue.KindOf(value) switch
    {
        ValueKind.Null => false,
        ValueKind.Boolean => (bool)value!,
        ValueKind.Number => ToNumber(value) is var number && number != 0 && !double.IsNaN(number),
        ValueKind.String => ((string)value!).Length > 0,
        _ => true,
    };

    /// <summary>null is 0, booleans 1 and 0, strings parse as JavaScript's Number() does, arrays and objects are NaN.</summary>
    public static double ToNumber(object? value) => ExpressionValue.KindOf(value) switch
    {
        ValueKind.Null => 0,
        ValueKind.Boolean => (bool)value! ? 1 : 0,
        ValueKind.Number => value is double number ? number : Convert.ToDouble(value, CultureInfo.InvariantCulture),
        ValueKind.String => ParseNumber((string)value!),
        _ => double.NaN,
    };

    /// <summary>The text GitHub puts in place of a value in format() and in <c>${{ }}</c>: arrays and objects render as their kind's name.</summary>
    public static string ToText(object? value) => ExpressionValue.KindOf(value) switch
    {
        ValueKind.Null => "",
        ValueKind.Boolean => (bool)value! ? "true" : "false",
        ValueKind.Number => FormatNumber(ToNumber(value)),
        ValueKind.String => (string)value!,
        ValueKind.Array => "Array",
        _ => "Object",
    };

    /// <summary>At most 15 significant digits, like the runner, so 0.1 + 0.2 style noise never shows; -0 renders as 0.</summary>
    public static string FormatNumber(double number) =>
        number == 0 ? "0" : number.ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>
    /// JavaScript's Number(): surrounding whitespace ignored, '' is 0, decimal with optional sign and exponent,
    /// unsigned 0x/0o/0b integers, signed Infinity; anything else is NaN.
    /// </summary>
    public static double ParseNumber(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return 0;
        }

        switch (trimmed)
        {
            case "Infinity" or "+Infinity":
                return double.PositiveInfinity;
            case "-Infinity":
                return double.NegativeInfinity;
        }

        if (trimmed.Length > 2 && trimmed[0] == '0' && RadixOf(trimmed[1]) is int radix)
        {
            return ParseInteger(trimmed.AsSpan(2), radix);
        }

        return DecimalNumber().IsMatch(trimmed)
            ? double.Parse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.NaN;
    }

    private static int? RadixOf(char prefix) => char.ToLowerInvariant(prefix) switch
    {
        'x' => 16,
        'o' => 8,
        'b' => 2,
        _ => null,
    };

    private static double ParseInteger(ReadOnlySpan<char> digits, int radix)
    {
        var result = 0d;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0'
                : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10
                : int.MaxValue;
            if (digit >= radix)
            {
                return double.NaN;
            }

            result = (result * radix) + digit;
        }

        return result;
    }

    [GeneratedRegex(@"^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
