namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// An expression that cannot be parsed or evaluated. It is a <see cref="FormatException"/>, so callers that treat
/// malformed input by that type keep working. The message is one line that quotes the expression and the zero-based
/// position of the culprit, e.g. <c>Invalid expression 'github.ref ==' at position 13: expected a value</c>.
/// </summary>
internal sealed class ExpressionException : FormatException
{
    public ExpressionException() { }

    public ExpressionException(string message) : base(message) { }

    public ExpressionException(string message, Exception inner) : base(message, inner) { }

    private ExpressionException(string message, string expression, int position, Exception? inner) : base(message, inner)
    {
        Expression = expression;
        Position = position;
    }

    /// <summary>The text that was being read: the expression, or the whole string around a <c>${{ }}</c>.</summary>
    public string Expression { get; } = "";

    /// <summary>Zero-based offset into <see cref="Expression"/>; -1 when unknown.</summary>
    public int Position { get; } = -1;

    /// <summary>The text breaks GitHub's syntax (parse time).</summary>
    public static ExpressionException Invalid(string expression, int position, string reason) =>
        new($"Invalid expression '{OnOneLine(expression)}' at position {position}: {reason}", expression, position, null);

    /// <summary>The text parsed, but a function could not compute its value (bad format string, bad JSON).</summary>
    public static ExpressionException Failed(string expression, int position, string reason, Exception inner) =>
        new($"Cannot evaluate '{OnOneLine(expression)}' at position {position}: {reason}", expression, position, inner);

    // An `if: |` block spans lines; a space per line break keeps the message on one line and the positions true.
    private static string OnOneLine(string expression) => expression.Replace('\r', ' ').Replace('\n', ' ');
}
