using System.Text.Json.Nodes;
using Json.Schema;

namespace Mlops.Kubernetes.Internal;

/// <summary>A failed schema evaluation as one line per problem: the field's path in kubectl's dotted form and what is wrong.</summary>
internal static class SchemaErrors
{
    public static IReadOnlyList<string> Describe(EvaluationResults result, JsonObject instance)
    {
        var lines = new List<string>();
        Collect(result, lines);

        // A field that fails every branch of an anyOf is reported per branch; the same line once is enough.
        return lines.Count > 0 ? [.. lines.Distinct(StringComparer.Ordinal)] : [$"does not match its schema ({instance["kind"]})"];
    }

    /// <summary>
    /// Walks only failing nodes, from the root down: a branch that failed inside an anyOf that passed (an
    /// int-or-string's integer branch, given a string) is no problem.
    /// </summary>
    private static void Collect(EvaluationResults node, List<string> lines)
    {
        var path = Dotted(node.InstanceLocation.ToString());
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            lines.Add(keyword == "" || message.Contains("false schema", StringComparison.Ordinal)
                ? $"{path}: unknown field"
                : $"{(path.Length == 0 ? "(the object)" : path)}: {message}");
        }

        foreach (var child in (node.Details ?? []).Where(d => !d.IsValid))
        {
            Collect(child, lines);
        }
    }

    /// <summary>"/spec/steps/0/setWeight" → "spec.steps[0].setWeight".</summary>
    private static string Dotted(string pointer)
    {
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal));
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            _ = part.All(char.IsAsciiDigit) ? text.Append('[').Append(part).Append(']') : text.Append(text.Length > 0 ? "." : "").Append(part);
        }

        return text.ToString();
    }
}
