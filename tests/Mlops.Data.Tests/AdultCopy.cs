using System.Text;
using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>
/// A copy of the real Adult train and test files in a temporary folder, for a test to damage, and the repository's
/// real expectation suite to validate it with.
/// </summary>
internal sealed class AdultCopy : IDisposable
{
    private static readonly Lazy<ExpectationSuite> AdultSuite = new(() => ExpectationSuite.Read(RepositoryRoot.File("data/adult.expectations.json")));

    private readonly TemporaryFolder _folder = new();

    public AdultCopy()
    {
        File.Copy(SharedAdultData.Train, Train);
        File.Copy(SharedAdultData.Test, Test);
    }

    public static ExpectationSuite Suite => AdultSuite.Value;

    public string Train => _folder["train.csv"];

    public string Test => _folder["test.csv"];

    public string this[string relativePath] => _folder[relativePath];

    /// <summary>Rewrites each line of <paramref name="file"/> (index 0 is the header; the text keeps its final newline).</summary>
    public static void EditLines(string file, Func<string, int, string> edit)
    {
        var lines = File.ReadAllText(file).Split('\n')[..^1];
        File.WriteAllText(file, string.Concat(lines.Select((line, i) => edit(line, i) + "\n")));
    }

    /// <summary>Sets field <paramref name="column"/> of the 1-based file <paramref name="line"/> to <paramref name="value"/>.</summary>
    public static void SetField(string file, int line, string column, string value)
    {
        var index = Array.IndexOf(File.ReadLines(file).First().Split(','), column);
        EditLines(file, (text, i) => i + 1 == line ? Replace(text, index, value) : text);
    }

    public static string Replace(string line, int index, string value)
    {
        var fields = line.Split(',');
        fields[index] = value;
        return string.Join(',', fields);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public ValidationReport Validate(ExpectationSuite? suite = null) => new DatasetValidator(suite ?? Suite).Validate(Train, Test);

    public void Dispose() => _folder.Dispose();
}
