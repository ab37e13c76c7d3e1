using System.Text;

namespace Mlops.Kubernetes.Internal;

/// <summary>
/// Fills <c>{{args.NAME}}</c> as Argo Rollouts does (utils/template, valyala/fasttemplate): from each <c>{{</c> to the
/// next <c>}}</c> is a tag; the tag, trimmed of white space, must be <c>args.</c> and an argument's name. A tag with no
/// end, or naming no argument, is an error with Argo's own wording.
/// </summary>
internal static class ArgumentPlaceholders
{
    private const string Open = "{{";
    private const string Close = "}}";

    public static string Fill(string text, IReadOnlyDictionary<string, string> args, Func<string, string> escape)
    {
        var filled = new StringBuilder(text.Length);
        var at = 0;
        while (text.IndexOf(Open, at, StringComparison.Ordinal) is var open and >= 0)
        {
            var close = text.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"cannot find end tag \"{Close}\" after \"{Shorten(text[open..])}\"");
            }

            var tag = text[(open + Open.Length)..close];
            var name = tag.Trim();
            if (!name.StartsWith("args.", StringComparison.Ordinal) || !args.TryGetValue(name["args.".Length..], out var value))
            {
                throw new FormatException($"failed to resolve {Open}{tag}{Close}");
            }

            filled.Append(text, at, open - at).Append(escape(value));
            at = close + Close.Length;
        }

        return filled.Append(text, at, text.Length - at).ToString();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
