using Mlops.Testing;

namespace Mlops.Files.Tests;

/// <summary>File hashes are remembered by stat between runs, and not trusted within the timestamp's granularity.</summary>
public sealed class RememberingFileHashes : IDisposable
{
    private static readonly DateTime Written = DateTime.UtcNow.AddHours(-1);
    private readonly TemporaryFolder _folder = new();
    private readonly string _file;
    private readonly string _index;

    /// <summary>When the files were set up: their change time (ctime), which no one can set back, is about now.</summary>
    private readonly DateTime _setUp;

    public RememberingFileHashes()
    {
        _file = _folder.Write("data/train.csv", "age,label\n30,1\n");
        File.SetLastWriteTimeUtc(_file, Written);
        _setUp = DateTime.UtcNow;
        _index = _folder["index/file-hashes.tsv"];
    }

    private FileHashes Load(DateTime now) => FileHashes.Load(_index, () => now);

    private string HashAndSave(DateTime now)
    {
        var hashes = Load(now);
        var hash = hashes.Sha256(_file);
        hashes.Save();
        return hash;
    }

    [Fact]
    public void A_file_unchanged_since_it_was_hashed_is_not_read_again_in_the_next_run()
    {
        var first = HashAndSave(_setUp.AddMinutes(5));

        var next = Load(_setUp.AddMinutes(10));

        Assert.Equal(first, next.Sha256(_file));
        Assert.Equal(0, next.FilesRead);
    }

    [Fact]
    public void Within_one_run_a_file_is_read_once()
    {
        var hashes = Load(_setUp.AddMinutes(5));

        hashes.Sha256(_file);
        hashes.Sha256(_file);
        hashes.Sha256(_folder["data/../data/train.csv"]);

        Assert.Equal(1, hashes.FilesRead);
    }

    [Fact]
    public void A_file_hashed_within_the_racy_window_of_its_modification_is_read_again_until_it_has_settled()
    {
        HashAndSave(_setUp); // a write in the same tick as this hash would leave the stat unchanged

        var racy = Load(_setUp.AddSeconds(1));
        racy.Sha256(_file);
        racy.Save();
        Assert.Equal(1, racy.FilesRead);

        HashAndSave(_setUp.AddSeconds(3));
        var settled = Load(_setUp.AddSeconds(4));
        settled.Sha256(_file);
        Assert.Equal(0, settled.FilesRead);
    }

    [Fact]
    public void A_file_of_the_same_size_rewritten_with_its_old_modification_time_is_read_again()
    {
        var before = HashAndSave(_setUp.AddMinutes(5));
        File.WriteAllText(_file, "age,label\n31,0\n"); // same length, as a tool restoring timestamps would leave it
        File.SetLastWriteTimeUtc(_file, Written);

        var next = Load(_setUp.AddMinutes(10));

        Assert.NotEqual(before, next.Sha256(_file));
        Assert.Equal(1, next.FilesRead);
    }

    [Fact]
    public void A_file_replaced_by_another_with_the_same_size_and_times_is_read_again()
    {
        var before = HashAndSave(_setUp.AddMinutes(5));
        var replacement = _folder["data/replacement.csv"];
        File.WriteAllText(replacement, "age,label\n31,0\n");
        File.SetLastWriteTimeUtc(replacement, Written);
        File.Move(replacement, _file, overwrite: true); // a new inode under the old name

        var next = Load(_setUp.AddMinutes(10));

        Assert.NotEqual(before, next.Sha256(_file));
    }

    [Fact]
    public void A_run_that_read_nothing_leaves_the_index_alone_and_a_damaged_line_only_costs_a_read()
    {
        HashAndSave(_setUp.AddMinutes(5));
        var index = _index;
        var saved = File.ReadAllText(index);
        File.SetLastWriteTimeUtc(index, Written);

        var quiet = Load(_setUp.AddMinutes(10));
        quiet.Sha256(_file);
        quiet.Save();
        Assert.Equal(Written, File.GetLastWriteTimeUtc(index));

        File.WriteAllText(index, "not a line of the index\n" + saved[..20]);
        var damaged = Load(_setUp.AddMinutes(10));
        damaged.Sha256(_file);
        Assert.Equal(1, damaged.FilesRead);
    }

    [Fact]
    public void A_folder_fingerprint_changes_with_a_file_s_content_or_name_and_reads_nothing_while_they_stand()
    {
        _folder.Write("bin/a.dll", "a");
        _folder.Write("bin/b.dll", "b");
        _folder.Write("bin/notes.txt", "not matched");
        foreach (var file in Directory.GetFiles(_folder["bin"]))
        {
            File.SetLastWriteTimeUtc(file, Written);
        }

        var first = Load(_setUp.AddMinutes(5));
        var fingerprint = first.Fingerprint(_folder["bin"], "*.dll");
        first.Save();
        var again = Load(_setUp.AddMinutes(10));

        Assert.Equal(fingerprint, again.Fingerprint(_folder["bin"], "*.dll"));
        Assert.Equal(0, again.FilesRead);
        _folder.Write("bin/notes.txt", "changed, but not matched");
        Assert.Equal(fingerprint, Load(_setUp.AddMinutes(10)).Fingerprint(_folder["bin"], "*.dll"));
        File.Move(_folder["bin/b.dll"], _folder["bin/c.dll"]);
        Assert.NotEqual(fingerprint, Load(_setUp.AddMinutes(10)).Fingerprint(_folder["bin"], "*.dll"));
    }

    public void Dispose() => _folder.Dispose();
}
