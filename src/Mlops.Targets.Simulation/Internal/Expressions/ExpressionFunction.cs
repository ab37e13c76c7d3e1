namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// A function an expression may call. <see cref="Invoke"/> gets the evaluated arguments (already checked against
/// the arity) and the context, which the status functions read.
/// </summary>
internal sealed record ExpressionFunction(
    string Name,
    int MinArguments,
    int MaxArguments,
    Func<IReadOnlyList<object?>, ExpressionContext, object?> Invoke,
    bool IsStatusCheck = false)
{
    /// <summary>How many arguments it takes, for the error message.</summary>
    public string Arity => (MinArguments, MaxArguments) switch
    {
        (0, 0) => "no arguments",
        (1, 1) => "1 argument",
        var (min, max) when min == max => $"{min} arguments",
        var (min, max) when max == min + 1 => $"{min} or {max} arguments",
        var (min, max) => $"{min} to {max} arguments",
    };
}
