namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// Evaluates GitHub Actions expressions as GitHub does, for the simulator that runs a generated workflow locally:
/// job and step <c>if:</c> conditions and <c>${{ }}</c> in strings. Syntax errors, unknown functions and unknown
/// contexts throw <see cref="ExpressionException"/> (a <see cref="FormatException"/>) naming the position.
/// </summary>
internal static class GitHubExpression
{
    /// <summary>
    /// The value of an expression, written bare (<c>github.ref</c>) or wrapped (<c>${{ github.ref }}</c>). Text
    /// around or between markers makes the result a string, as in a workflow. An empty expression is null.
    /// </summary>
    public static object? Evaluate(string expression, ExpressionContext context)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(context);
        var node = Compile(expression, context);
        return node is null ? null : new ExpressionEvaluator(expression, context).Evaluate(node);
    }

    /// <summary>
    /// Whether a job or step with this <c>if:</c> runs. Without a status function the condition only counts when
    /// the needed jobs succeeded (<see cref="JobCondition"/>). A condition that is exactly <c>${{ expr }}</c> is
    /// <c>expr</c>; one with text around the marker is a non-empty string and therefore true, as on GitHub.
    /// </summary>
    public static bool EvaluateCondition(string? condition, ExpressionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = condition ?? "";
        var node = string.IsNullOrWhiteSpace(text) ? null : Compile(text, context);
        return IsTruthy(new ExpressionEvaluator(text, context).Evaluate(JobCondition.Wrap(node)));
    }

    /// <summary>
    /// Replaces each <c>${{ expr }}</c> in <paramref name="text"/> by its value as text, as GitHub renders it:
    /// null as '', booleans as true/false, numbers in invariant culture, arrays and objects as 'Array' and 'Object'
    /// (use toJSON() for their content). Text without markers comes back unchanged.
    /// </summary>
    public static string Interpolate(string text, ExpressionContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (!TemplateString.HasMarkers(text))
        {
            return text;
        }

        var node = TemplateString.Compile(text, context.Has);
        return ValueCoercion.ToText(new ExpressionEvaluator(text, context).Evaluate(node));
    }

    /// <summary>false, 0, -0, NaN, '' and null are falsy; everything else is truthy.</summary>
    public static bool IsTruthy(object? value) => ValueCoercion.IsTruthy(value);

    private static ExpressionNode? Compile(string text, ExpressionContext context) =>
        TemplateString.HasMarkers(text)
            ? TemplateString.Compile(text, context.Has)
            : ExpressionParser.Parse(text, context.Has);
}
