namespace Mlops.Evaluation.Internal;

/// <summary>The test file and the columns its header names, which is how model inputs find their data.</summary>
internal sealed class TestCsv
{
    private readonly string[] _header;

    private TestCsv(string path, string[] header) => (Path, _header) = (path, header);

    public string Path { get; }

    public static TestCsv Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Directory.Exists(path))
        {
            throw new EvaluationInputException($"{path}: the test file is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new EvaluationInputException($"{path}: the test file does not exist.");
        }

        var first = File.ReadLines(path).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(first))
        {
            throw new EvaluationInputException($"{path}: the test file has no header row.");
        }

        var header = first.Split(',').Select(name => name.Trim().Trim('"')).ToArray();
        var repeated = header.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new EvaluationInputException($"{path}: the header names column '{repeated.Key}' twice.");
        }

        return new TestCsv(path, header);
    }

    /// <summary>The zero-based position of <paramref name="column"/>, or an error saying who needed it.</summary>
    public int IndexOf(string column, string neededBy)
    {
        var index = Array.IndexOf(_header, column);
        return index >= 0 ? index : throw new EvaluationInputException($"{Path}: no column '{column}', which {neededBy}.");
    }
}
