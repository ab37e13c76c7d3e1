using Mlops.Testing;

namespace Mlops.Files.Tests;

public sealed class HashingAndDeleting : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_and_its_bytes_hash_alike_as_64_lowercase_hex_digits()
    {
        var path = _folder["data.csv"];
        AtomicFile.WriteText(path, "abc");

        // The SHA-256 of "abc" from FIPS 180-2.
        const string Expected = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Assert.Equal(Expected, Sha256Hex.Of("abc"u8));
        Assert.Equal(Expected, Sha256Hex.OfFile(path));
        Assert.Equal(Expected, await Sha256Hex.OfFileAsync(path));
        Assert.True(Sha256Hex.IsValid(Expected));
        Assert.False(Sha256Hex.IsValid(Expected.ToUpperInvariant()));
        Assert.False(Sha256Hex.IsValid(Expected[1..]));
    }

    [Fact]
    public void Delete_takes_a_file_a_folder_or_nothing()
    {
        AtomicFile.WriteText(_folder["model/a/model.zip"], "m");
        AtomicFile.WriteText(_folder["metrics.json"], "{}");

        FileTree.Delete(_folder["model"]);
        FileTree.Delete(_folder["metrics.json"]);
        FileTree.Delete(_folder["never-made"]);

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task A_failed_step_takes_the_named_results_with_it_and_a_step_that_succeeds_keeps_them()
    {
        AtomicFile.WriteText(_folder["model/model.zip"], "an earlier model");
        AtomicFile.WriteText(_folder["reports/evaluation.md"], "an earlier report");
        AtomicFile.WriteText(_folder["data/validation.md"], "kept");
        string[] results = [_folder["model"], _folder["reports"]];

        await FileTree.DeletedIfFailsAsync(results, () => Task.CompletedTask);
        Assert.True(File.Exists(_folder["model/model.zip"]));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            FileTree.DeletedIfFailsAsync(results, () => throw new InvalidOperationException("unknown trainer")));

        Assert.Equal("unknown trainer", error.Message);
        Assert.Equal(["data/validation.md"], _folder.Files());
    }

    [Fact]
    public void Contents_go_but_the_kept_entries_and_each_childs_named_folders_go()
    {
        AtomicFile.WriteText(_folder["artifacts/logs/build.json"], "{}");
        AtomicFile.WriteText(_folder["artifacts/model/model.zip"], "m");
        AtomicFile.WriteText(_folder["artifacts/notes.md"], "n");
        AtomicFile.WriteText(_folder["src/A/bin/a.dll"], "a");
        AtomicFile.WriteText(_folder["src/A/obj/a.json"], "a");
        AtomicFile.WriteText(_folder["src/A/A.cs"], "class A;");

        FileTree.DeleteContents(_folder["artifacts"], "logs");
        FileTree.DeleteInEachChild([_folder["src"], _folder["tests"]], "bin", "obj");

        Assert.Equal(["logs"], Directory.EnumerateFileSystemEntries(_folder["artifacts"]).Select(Path.GetFileName));
        Assert.Equal(["A.cs"], Directory.EnumerateFileSystemEntries(_folder["src/A"]).Select(Path.GetFileName));
    }
}
