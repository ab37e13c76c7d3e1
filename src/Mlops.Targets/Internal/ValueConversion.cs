using System.Globalization;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>Turns the text of a parameter's value into its declared type, or says exactly what is wrong.</summary>
internal static class ValueConversion
{
    /// <param name="origin">Where the value came from, for the error: "--retries on the command line".</param>
    /// <param name="baseDirectory">Relative paths are taken from here.</param>
    public static object? Convert(ParameterMember parameter, IReadOnlyList<string> values, string origin, string baseDirectory)
    {
        if (parameter.IsArray)
        {
            var elementType = parameter.Type.GetElementType()!;
            var array = Array.CreateInstance(elementType, values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                array.SetValue(ConvertOne(parameter, elementType, values[i], origin, baseDirectory), i);
            }

            return array;
        }

        if (values.Count == 0)
        {
            return parameter.IsBoolean
                ? true
                : throw new BuildInputException($"Parameter '{parameter.Name}' ({origin}) needs a value.");
        }

        return values.Count > 1
            ? throw new BuildInputException($"Parameter '{parameter.Name}' ({origin}) takes one value, got {values.Count}: {string.Join(" ", values)}.")
            : ConvertOne(parameter, parameter.ValueType, values[0], origin, baseDirectory);
    }

    private static object ConvertOne(ParameterMember parameter, Type type, string text, string origin, string baseDirectory)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var invariant = CultureInfo.InvariantCulture;
        object? value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(bool) => bool.TryParse(text, out var b) ? b : null,
            _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i : null,
            _ when type == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l : null,
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) ? d : null,
            _ when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, invariant, out var m) ? m : null,
            _ when type == typeof(TimeSpan) => TimeSpan.TryParse(text, invariant, out var t) ? t : null,
            _ when type == typeof(Uri) => Uri.TryCreate(text, UriKind.Absolute, out var u) ? u : null,
            _ when type == typeof(AbsolutePath) => text.Length > 0 ? AbsolutePath.Create(text, baseDirectory) : null,
            { IsEnum: true } => Enum.GetNames(type).FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase))
                is { } name ? Enum.Parse(type, name) : null,
            _ => throw new BuildInputException(
                $"Parameter '{parameter.Name}' has type {type.Name}, which parameters do not support (string, bool, numbers, enums, TimeSpan, Uri, AbsolutePath and arrays of them)."),
        };

        return value is null
            ? throw new BuildInputException($"Parameter '{parameter.Name}' ({origin}): '{(parameter.IsSecret ? "***" : text)}' is not {Describe(type)}.")
            : InRange(parameter, value, origin);
    }

    /// <summary>A number within the parameter's declared bounds; otherwise an error saying which bound it breaks.</summary>
    private static object InRange(ParameterMember parameter, object value, string origin)
    {
        if (value is not (int or long or double or decimal))
        {
            return value;
        }

        var number = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var shown = parameter.IsSecret ? "***" : System.Convert.ToString(value, CultureInfo.InvariantCulture);
        return number < parameter.Minimum
            ? throw new BuildInputException(
                $"Parameter '{parameter.Name}' ({origin}): {shown} is less than {parameter.Minimum.ToString(CultureInfo.InvariantCulture)}, the least it takes.")
            : number > parameter.Maximum
                ? throw new BuildInputException(
                    $"Parameter '{parameter.Name}' ({origin}): {shown} is more than {parameter.Maximum.ToString(CultureInfo.InvariantCulture)}, the most it takes.")
                : value;
    }

    public static string Describe(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "a number",
        _ when type == typeof(TimeSpan) => "a duration such as 00:05:00",
        _ when type == typeof(Uri) => "an absolute URI",
        _ when type == typeof(AbsolutePath) => "a path",
        { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ => "a " + type.Name,
    };
}
