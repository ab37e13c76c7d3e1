namespace Mlops.Training.Internal;

/// <summary>The column names in a CSV file's first line.</summary>
internal static class CsvHeader
{
    public static IReadOnlyList<string> Read(string csv)
    {
        if (Directory.Exists(csv))
        {
            throw new TrainingInputException($"{csv}: a directory, not a file.");
        }

        string? first;
        try
        {
            using var reader = new StreamReader(csv);
            first = reader.ReadLine();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new TrainingInputException($"{csv}: no such file.", e);
        }

        return string.IsNullOrWhiteSpace(first)
            ? throw new TrainingInputException($"{csv}: the first line is empty; expected a header naming the columns.")
            : [.. first.Split(',').Select(name => name.Trim().Trim('"'))];
    }
}
