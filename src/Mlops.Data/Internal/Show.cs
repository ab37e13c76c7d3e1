using System.Globalization;

namespace Mlops.Data.Internal;

/// <summary>Numbers as the reports print them: invariant, short, and the same on every machine.</summary>
internal static class Show
{
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    public static string Fraction(double fraction) => fraction.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>The longest value a message shows whole; a longer one is cut, so a broken file cannot flood a report.</summary>
    public const int LongestValue = 60;

    /// <summary>
    /// A value from the data as a message quotes it: line ends, tabs and other control characters escaped (a quoted
    /// field may hold a line end, and a failure is one line), cut after <see cref="LongestValue"/> characters.
    /// </summary>
    public static string Value(string value)
    {
        var text = new System.Text.StringBuilder(Math.Min(value.Length, LongestValue) + 8);
        foreach (var c in value.Length > LongestValue ? value[..LongestValue] : value)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return value.Length > LongestValue ? text.Append('…').ToString() : text.ToString();
    }

    /// <summary>"3 rows are" / "1 row is".</summary>
    public static string Count(long count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
