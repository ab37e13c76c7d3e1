using System.Globalization;
using System.Text;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// A workflow string with <c>${{ }}</c> markers, compiled the way GitHub's template reader does it: a string that is
/// exactly one marker is that expression (its value keeps its kind), and anything else becomes
/// <c>format('text {0} text', expr)</c>, so the result is text and each value is rendered by format's rules.
/// </summary>
internal static class TemplateString
{
    private const string Open = "${{";
    private const string Close = "}}";

    public static bool HasMarkers(string text) => text.Contains(Open, StringComparison.Ordinal);

    public static ExpressionNode Compile(string text, Func<string, bool> isContext)
    {
        var pattern = new StringBuilder();
        var arguments = new List<ExpressionNode>();
        var offset = 0;
        int open;
        while ((open = text.IndexOf(Open, offset, StringComparison.Ordinal)) >= 0)
        {
            AppendLiteral(pattern, text[offset..open]);
            var start = open + Open.Length;
            var close = FindClose(text, start);
            if (close < 0)
            {
                throw ExpressionException.Invalid(text, open, "'${{' is not closed by '}}'");
            }

            var expression = ExpressionParser.Parse(text, start, close, isContext)
                ?? throw ExpressionException.Invalid(text, open, "expected an expression between '${{' and '}}'");
            pattern.Append('{').Append(arguments.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
            arguments.Add(expression);
            offset = close + Close.Length;
        }

        AppendLiteral(pattern, text[offset..]);
        if (arguments.Count == 1 && pattern.ToString() == "{0}")
        {
            return arguments[0];
        }

        return new FunctionCallNode(0, ExpressionFunctions.Format, [new LiteralNode(0, pattern.ToString()), .. arguments]);
    }

    // A '}}' inside a quoted string does not close the marker: ${{ format('{{0}}', x) }} is one expression.
    private static int FindClose(string text, int start)
    {
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                quoted = !quoted; // '' inside a string toggles twice, so escapes need no special case
            }
            else if (!quoted && text[i] == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                return i;
            }
        }

        return -1;
    }

    private static void AppendLiteral(StringBuilder pattern, string literal) =>
        pattern.Append(literal.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
}
