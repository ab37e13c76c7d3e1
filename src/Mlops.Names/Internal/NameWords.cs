namespace Mlops.Names.Internal;

/// <summary>The words of a PascalCase, camelCase, snake_case, kebab-case or dotted name, upper-cased.</summary>
internal static class NameWords
{
    public static IReadOnlyList<string> Of(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            // A word ends before a separator, and before an upper-case letter that follows a lower-case one or a
            // digit; a run of capitals ("CI" in "GenerateCI") stays one word.
            if (i == name.Length || !char.IsLetterOrDigit(name[i]) || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
            {
                var word = name[start..i].Trim('_', '-', '.', ' ');
                if (word.Length > 0)
                {
                    words.Add(word.ToUpperInvariant());
                }

                start = i;
            }
        }

        return words;
    }
}
