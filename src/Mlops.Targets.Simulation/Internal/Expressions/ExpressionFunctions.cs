namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// The functions GitHub offers in workflow expressions, by case-insensitive name. The status functions answer from
/// <see cref="ExpressionContext.Status"/>; hashFiles needs the runner's workspace, which a simulation does not have.
/// </summary>
internal static class ExpressionFunctions
{
    // format() takes at most 255 arguments on GitHub, hashFiles() as many patterns.
    private const int MaxArguments = byte.MaxValue;

    public static readonly ExpressionFunction Format = new("format", 1, MaxArguments, (arguments, _) => FormatFunction.Format(arguments));

    public static readonly ExpressionFunction Success = new(
        "success", 0, 0, (_, context) => context.Status == JobStatus.Success, IsStatusCheck: true);

    private static readonly Dictionary<string, ExpressionFunction> ByName = new ExpressionFunction[]
    {
        new("contains", 2, 2, (arguments, _) => Contains(arguments[0], arguments[1])),
        new("startsWith", 2, 2, (arguments, _) => StartsWith(arguments[0], arguments[1])),
        new("endsWith", 2, 2, (arguments, _) => EndsWith(arguments[0], arguments[1])),
        Format,
        new("join", 1, 2, (arguments, _) => Join(arguments[0], arguments.Count > 1 ? arguments[1] : ",")),
        new("toJSON", 1, 1, (arguments, _) => ExpressionJson.Write(arguments[0])),
        new("fromJSON", 1, 1, (arguments, _) => ExpressionJson.Read(ValueCoercion.ToText(arguments[0]))),
        new("hashFiles", 1, MaxArguments, (_, _) => throw new NotSupportedException(
            "hashFiles() is not supported by the simulation: it hashes files in the runner's workspace.")),
        Success,
        new("failure", 0, 0, (_, context) => context.Status == JobStatus.Failure, IsStatusCheck: true),
        new("cancelled", 0, 0, (_, context) => context.Status == JobStatus.Cancelled, IsStatusCheck: true),
        new("always", 0, 0, (_, _) => true, IsStatusCheck: true),
    }.ToDictionary(function => function.Name, StringComparer.OrdinalIgnoreCase);

    public static ExpressionFunction? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>A string contains a substring, ignoring case; an array contains an element that is loosely equal.</summary>
    private static bool Contains(object? search, object? item) => ExpressionValue.KindOf(search) switch
    {
        ValueKind.Array => ExpressionValue.ItemsOf(search).Any(element => LooseComparison.AreEqual(element, item)),
        ValueKind.Object => false,
        _ => ExpressionValue.IsPrimitive(item)
            && ValueCoercion.ToText(search).Contains(ValueCoercion.ToText(item), StringComparison.OrdinalIgnoreCase),
    };

    private static bool StartsWith(object? text, object? prefix) =>
        ExpressionValue.IsPrimitive(text) && ExpressionValue.IsPrimitive(prefix)
        && ValueCoercion.ToText(text).StartsWith(ValueCoercion.ToText(prefix), StringComparison.OrdinalIgnoreCase);

    private static bool EndsWith(object? text, object? suffix) =>
        ExpressionValue.IsPrimitive(text) && ExpressionValue.IsPrimitive(suffix)
        && ValueCoercion.ToText(text).EndsWith(ValueCoercion.ToText(suffix), StringComparison.OrdinalIgnoreCase);

    /// <summary>An array's items as text between separators; a primitive as its text; an object as ''.</summary>
    private static string Join(object? items, object? separator) => ExpressionValue.KindOf(items) switch
    {
        ValueKind.Array => string.Join(
            ExpressionValue.IsPrimitive(separator) ? ValueCoercion.ToText(separator) : ",",
            ExpressionValue.ItemsOf(items).Select(ValueCoercion.ToText)),
        ValueKind.Object => "",
        _ => ValueCoercion.ToText(items),
    };
}
