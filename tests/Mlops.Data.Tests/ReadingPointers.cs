using Mlops.Testing;

namespace Mlops.Data.Tests;

public sealed class ReadingPointers : IDisposable
{
    private const string Train = """{ "path": "train.csv", "sha256": "f9d72da971b55eb91cd3a535e1ef6f3258829af330480cc510781087b753be7f", "size": 3396202 }""";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_committed_Adult_pointer_names_both_files_with_the_hashes_of_the_shared_data()
    {
        var adult = DatasetPointer.Read(RepositoryRoot.File("data/adult.dataset.json"));

        Assert.Equal("adult", adult.Name);
        Assert.NotNull(adult.Description);
        Assert.Equal(
            [
                new DatasetFile("train.csv", "f9d72da971b55eb91cd3a535e1ef6f3258829af330480cc510781087b753be7f", 3396202),
                new DatasetFile("test.csv", "1ba1f37333b8575b99ed0cdf5345ece3162e8c0feb3f1ac7c801a693d5edaff1", 1697793),
            ],
            adult.Files);
        var sums = File.ReadAllLines(Path.Combine(SharedAdultData.Folder, "SHA256SUMS"))
            .Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);
        Assert.All(adult.Files, f => Assert.Equal(sums[f.Path], f.Sha256));
    }

    [Fact]
    public void A_pointer_without_a_description_reads_with_none()
    {
        File.WriteAllText(_folder["p.json"], $$"""{ "name": "adult", "files": [ {{Train}} ] }""");

        var pointer = DatasetPointer.Read(_folder["p.json"]);

        Assert.Null(pointer.Description);
        Assert.Single(pointer.Files);
    }

    [Fact]
    public void Comments_trailing_commas_and_the_schema_field_are_allowed_as_in_every_project_json_file()
    {
        File.WriteAllText(_folder["p.json"], $$"""
            {
              "$schema": "../schemas/dataset-pointer.schema.json",
              "name": "adult", // the dataset's folder in the remote
              "files": [ {{Train}}, ],
            }
            """);

        var pointer = DatasetPointer.Read(_folder["p.json"]);

        Assert.Equal("adult", pointer.Name);
        Assert.Single(pointer.Files);
    }

    public static TheoryData<string, string> Malformed() => new()
    {
        { "{ \"name\": \"adult\", ", "line 1: not valid JSON: " },
        { "[1, 2]", "line 1: $ must be an object, not an array." },
        { $$"""{ "files": [ {{Train}} ] }""", "line 1: missing required field $.name." },
        { """{ "name": "adult" }""", "line 1: missing required field $.files." },
        { """{ "name": "adult", "files": [] }""", "field 'files' must not be empty." },
        { """{ "name": "adult", "files": [ "train.csv" ] }""", "line 1: $.files[0] must be an object, not \"train.csv\"." },
        { """{ "name": "a/b", "files": [ { "path": "x", "sha256": "x", "size": 1 } ] }""", "field 'name' must be a plain name without '/' or '\\', not 'a/b'." },
        { $$"""{ "name": "adult", "files": [ {{Train}}, { "path": "test.csv", "sha256": "ABC", "size": 1 } ] }""", "field 'files[1].sha256' must be 64 lowercase hexadecimal digits, not 'ABC'." },
        { $$"""{ "name": "adult", "files": [ {{Train.Replace("3396202", "-1", StringComparison.Ordinal)}} ] }""", "field 'files[0].size' must not be negative, not -1." },
        { $$"""{ "name": "adult", "files": [ {{Train.Replace("3396202", "\"big\"", StringComparison.Ordinal)}} ] }""", "line 1: $.files[0].size must be a whole number, not \"big\"." },
        { $$"""{ "name": "adult", "files": [ {{Train.Replace("train.csv", "../train.csv", StringComparison.Ordinal)}} ] }""", "field 'files[0].path' must be a relative path inside the dataset with '/' separators, not '../train.csv'." },
        { $$"""{ "name": "adult", "files": [ {{Train.Replace("train.csv", "/tmp/train.csv", StringComparison.Ordinal)}} ] }""", "field 'files[0].path' must be a relative path inside the dataset with '/' separators, not '/tmp/train.csv'." },
        { $$"""{ "name": "adult", "files": [ {{Train}}, {{Train}} ] }""", "field 'files' lists 'train.csv' more than once." },
        { $$"""{ "name": "adult", "descripton": "x", "files": [ {{Train}} ] }""", "line 1: unknown field $.descripton. Did you mean: description?" },
        { $$"""{ "name": "adult", "files": [ {{Train.Replace("\"size\"", "\"bytes\"", StringComparison.Ordinal)}} ] }""", "line 1: unknown field $.files[0].bytes. Known: path, sha256, size." },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_pointer_is_one_line_naming_the_file_and_the_field(string json, string problem)
    {
        File.WriteAllText(_folder["adult.dataset.json"], json);

        var error = Assert.Throws<DataInputException>(() => DatasetPointer.Read(_folder["adult.dataset.json"]));

        Assert.StartsWith($"{_folder["adult.dataset.json"]}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_pointer_file_that_does_not_exist_is_named()
    {
        var error = Assert.Throws<DataInputException>(() => DatasetPointer.Read(_folder["missing.dataset.json"]));

        Assert.Equal($"{_folder["missing.dataset.json"]}: file not found.", error.Message);
    }
}
