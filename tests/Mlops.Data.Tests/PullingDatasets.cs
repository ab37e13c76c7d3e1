using System.Security.Cryptography;
using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>Pulling the real Adult data by its committed pointer from the shared folder remote.</summary>
public sealed class PullingDatasets : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly DatasetPointer _adult = DatasetPointer.Read(RepositoryRoot.File("data/adult.dataset.json"));
    private readonly CountingRemote _remote = new(new FolderDataRemote(SharedAdultData.Folder));

    public void Dispose() => _folder.Dispose();

    private DatasetPull Pull() => new(_adult, _remote, new ContentCache(_folder["cache"]), _folder["data/adult"]);

    private static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public async Task The_first_pull_fetches_every_file_and_places_it_with_the_pointers_hash()
    {
        var report = await Pull().RunAsync();

        Assert.Equal(["train.csv", "test.csv"], report.Files.Select(f => f.Path));
        Assert.All(report.Files, f => Assert.Equal(PullOutcome.Fetched, f.Outcome));
        Assert.Equal(["test.csv", "train.csv"], _folder.Files("data/adult"));
        foreach (var file in _adult.Files)
        {
            var placed = _folder[$"data/adult/{file.Path}"];
            Assert.Equal(file.Sha256, Sha256Of(placed));
            Assert.Equal(file.Size, new FileInfo(placed).Length);
        }

        Assert.Equal(2, _remote.Opens);
        Assert.Equal("2 files: 2 fetched, 0 from cache, 0 unchanged", report.Summary);
    }

    [Fact]
    public async Task The_cache_holds_each_file_under_its_sha256_and_nothing_else()
    {
        await Pull().RunAsync();

        Assert.Equal(
            _adult.Files.Select(f => $"sha256/{f.Sha256[..2]}/{f.Sha256}").Order(StringComparer.Ordinal),
            _folder.Files("cache"));
    }

    [Fact]
    public async Task A_pull_sweeps_the_temporary_files_a_killed_pull_left_but_not_those_of_a_pull_running_now()
    {
        var sha = _adult.Files[0].Sha256;
        var folder = _folder[$"cache/sha256/{sha[..2]}"];
        var killed = _folder.Write($"cache/sha256/{sha[..2]}/.{sha}.{Guid.NewGuid():N}.tmp", "half a download");
        File.SetLastWriteTimeUtc(killed, DateTime.UtcNow - ContentCache.StaleAfter - TimeSpan.FromMinutes(1));
        var running = _folder.Write($"cache/sha256/{sha[..2]}/.{sha}.{Guid.NewGuid():N}.tmp", "a download under way");
        var steps = new List<string>();

        await Pull().RunAsync(new SynchronousSteps(steps));

        Assert.False(File.Exists(killed), "a killed pull's temporary file outlived the next pull");
        Assert.True(File.Exists(running), "the temporary file of a pull running now was swept");
        Assert.Contains(steps, s => s.StartsWith("Removed 1 temporary file(s)", StringComparison.Ordinal));
        Assert.True(Directory.Exists(folder));
    }

    private sealed class SynchronousSteps(List<string> steps) : IProgress<string>
    {
        public void Report(string value) => steps.Add(value);
    }

    [Fact]
    public async Task A_second_pull_fetches_nothing_and_reports_every_file_Unchanged()
    {
        await Pull().RunAsync();
        var placedAt = File.GetLastWriteTimeUtc(_folder["data/adult/train.csv"]);

        var report = await Pull().RunAsync();

        Assert.All(report.Files, f => Assert.Equal(PullOutcome.Unchanged, f.Outcome));
        Assert.Equal(2, _remote.Opens);
        Assert.Equal(placedAt, File.GetLastWriteTimeUtc(_folder["data/adult/train.csv"]));
    }

    [Fact]
    public async Task A_deleted_file_is_restored_from_the_cache_without_touching_the_remote()
    {
        await Pull().RunAsync();
        File.Delete(_folder["data/adult/train.csv"]);

        var report = await Pull().RunAsync();

        Assert.Equal([PullOutcome.FromCache, PullOutcome.Unchanged], report.Files.Select(f => f.Outcome));
        Assert.Equal(2, _remote.Opens);
        Assert.Equal(_adult.Files[0].Sha256, Sha256Of(_folder["data/adult/train.csv"]));
    }

    [Fact]
    public async Task An_edited_file_in_place_is_put_back_from_the_cache()
    {
        await Pull().RunAsync();
        File.AppendAllText(_folder["data/adult/test.csv"], "39,Private,1,HS-grad,9,Never-married,Sales,Own-child,White,Male,0,0,40,Cuba,1\n");

        var report = await Pull().RunAsync();

        Assert.Equal([PullOutcome.Unchanged, PullOutcome.FromCache], report.Files.Select(f => f.Outcome));
        Assert.Equal(_adult.Files[1].Sha256, Sha256Of(_folder["data/adult/test.csv"]));
        Assert.Equal(2, _remote.Opens);
    }

    [Fact]
    public async Task A_cached_copy_damaged_on_disk_is_fetched_again_rather_than_placed()
    {
        await Pull().RunAsync();
        var train = _adult.Files[0];
        var cached = new ContentCache(_folder["cache"]).PathOf(train.Sha256);
        var bytes = File.ReadAllBytes(cached);
        bytes[100] ^= 0x20; // same size, other content
        File.WriteAllBytes(cached, bytes);
        File.Delete(_folder["data/adult/train.csv"]);

        var report = await Pull().RunAsync();

        Assert.Equal(PullOutcome.Fetched, report.Files[0].Outcome);
        Assert.Equal(train.Sha256, Sha256Of(_folder["data/adult/train.csv"]));
        Assert.Equal(train.Sha256, Sha256Of(cached));
        Assert.Equal(3, _remote.Opens);
    }

    [Fact]
    public async Task Data_in_place_needs_no_remote_and_a_missing_remote_folder_is_named_when_a_file_must_be_fetched()
    {
        await Pull().RunAsync();
        var gone = new FolderDataRemote(_folder["unmounted-share"]);

        var report = await new DatasetPull(_adult, gone, new ContentCache(_folder["cache"]), _folder["data/adult"]).RunAsync();
        Assert.All(report.Files, f => Assert.Equal(PullOutcome.Unchanged, f.Outcome));

        File.Delete(_folder["data/adult/test.csv"]);
        var error = await Assert.ThrowsAsync<DataRemoteException>(
            () => new DatasetPull(_adult, gone, new ContentCache(_folder["other-cache"]), _folder["data/adult"]).RunAsync());
        Assert.Equal($"adult/test.csv: Data remote folder {_folder["unmounted-share"]} is not there.", error.Message);
    }

    [Fact]
    public async Task Progress_says_what_happened_to_each_file()
    {
        var lines = new List<string>();

        await Pull().RunAsync(new SynchronousProgress(lines.Add));
        await Pull().RunAsync(new SynchronousProgress(lines.Add));

        Assert.Equal(4, lines.Count);
        Assert.StartsWith("adult/train.csv: fetched 3396202 bytes from ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("adult", "train.csv"), lines[0], StringComparison.Ordinal);
        Assert.Equal(["adult/train.csv: unchanged", "adult/test.csv: unchanged"], lines[2..]);
    }

    [Fact]
    public async Task Nothing_is_left_behind_but_the_placed_and_cached_files()
    {
        await Pull().RunAsync();

        Assert.DoesNotContain(_folder.Files(), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(4, _folder.Files().Count);
    }

    /// <summary>IProgress that reports on the calling thread, so the lines are there when the pull returns.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
