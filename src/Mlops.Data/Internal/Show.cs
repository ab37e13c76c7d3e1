using System.Globalization;

namespace Mlops.Data.Internal;

/// <summary>Numbers as the reports print them: invariant, short, and the same on every machine.</summary>
internal static class Show
{
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    public static string Fraction(double fraction) => fraction.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>"3 rows are" / "1 row is".</summary>
    public static string Count(long count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
