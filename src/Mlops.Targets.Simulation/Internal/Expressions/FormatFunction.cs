using System.Text;

namespace Mlops.Targets.Simulation.Internal.Expressions;

/// <summary>
/// format('{0} and {1}', a, b): each {N} becomes argument N as text, {{ and }} stand for single braces, and any other
/// brace is an error rather than passed through, as on GitHub.
/// </summary>
internal static class FormatFunction
{
    public static string Format(IReadOnlyList<object?> arguments)
    {
        var pattern = ValueCoercion.ToText(arguments[0]);
        var result = new StringBuilder(pattern.Length);
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c is '{' or '}' && CharAt(pattern, i + 1) == c)
            {
                result.Append(c);
                i += 2;
            }
            else if (c == '}')
            {
                throw Invalid(pattern);
            }
            else if (c == '{')
            {
                var close = pattern.IndexOf('}', i + 1);
                var digits = close < 0 ? "" : pattern[(i + 1)..close];
                if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || !int.TryParse(digits, out var index))
                {
                    throw Invalid(pattern);
                }

                if (index + 1 >= arguments.Count)
                {
                    throw new FormatException(
                        $"format string '{pattern}' uses {{{index}}} but only {arguments.Count - 1} argument(s) follow it");
                }

                result.Append(ValueCoercion.ToText(arguments[index + 1]));
                i = close + 1;
            }
            else
            {
                result.Append(c);
                i++;
            }
        }

        return result.ToString();
    }

    private static char CharAt(string text, int index) => index < text.Length ? text[index] : '\0';

    private static FormatException Invalid(string pattern) =>
        new($"format string '{pattern}' is invalid: write {{N}} for argument N, {{{{ and }}}} for literal braces");
}
