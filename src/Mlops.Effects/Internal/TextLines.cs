namespace Mlops.Effects.Internal;

internal static class TextLines
{
    /// <summary>
    /// The lines of a text with \r\n read as \n. Each line keeps its "\n", so a last line without one differs from
    /// the same line with one, exactly as diff sees it.
    /// </summary>
    public static string[] Split(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var normal = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = new List<string>();
        for (var start = 0; start < normal.Length;)
        {
            var newline = normal.IndexOf('\n', start);
            var end = newline < 0 ? normal.Length : newline + 1;
            lines.Add(normal[start..end]);
            start = end;
        }

        return [.. lines];
    }
}
