using System.Globalization;

namespace Mlops.Evaluation.Internal;

/// <summary>How numbers appear in reasons, verdicts and reports: invariant culture, at most four decimals.</summary>
internal static class Numbers
{
    public static string Short(double value) => Text(value, 4);

    /// <summary>Fixed four decimals, so table columns line up.</summary>
    public static string Fixed(double value) =>
        double.IsNaN(value) ? "n/a" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Both values short, with more decimals when the short forms would read the same ("0.9 &lt; 0.9").</summary>
    public static (string A, string B) Distinct(double a, double b)
    {
        var decimals = 4;
        while (decimals < 12 && a != b && Text(a, decimals) == Text(b, decimals))
        {
            decimals++;
        }

        return (Text(a, decimals), Text(b, decimals));
    }

    private static string Text(double value, int decimals) =>
        double.IsNaN(value) ? "n/a" : value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
}
