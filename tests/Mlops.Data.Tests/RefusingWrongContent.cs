using System.Security.Cryptography;
using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>Content that is not what the pointer promised never reaches the cache or the target.</summary>
public sealed class RefusingWrongContent : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly DatasetPointer _adult = DatasetPointer.Read(RepositoryRoot.File("data/adult.dataset.json"));

    public RefusingWrongContent()
    {
        Directory.CreateDirectory(_folder["remote"]);
        File.Copy(SharedAdultData.Test, _folder["remote/test.csv"]);
    }

    public void Dispose() => _folder.Dispose();

    private Task<PullReport> PullAsync() =>
        new DatasetPull(_adult, new FolderDataRemote(_folder["remote"]), new ContentCache(_folder["cache"]), _folder["target"]).RunAsync();

    [Fact]
    public async Task A_remote_file_with_other_content_fails_naming_the_file_both_hashes_and_the_source_and_nothing_is_placed_or_cached()
    {
        var damaged = File.ReadAllText(SharedAdultData.Train).Replace(",Private,", ",Privat,", StringComparison.Ordinal);
        File.WriteAllText(_folder["remote/train.csv"], damaged);
        var actual = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(_folder["remote/train.csv"])));

        var error = await Assert.ThrowsAsync<DataIntegrityException>(PullAsync);

        Assert.Equal(
            $"adult/train.csv: expected sha256 {_adult.Files[0].Sha256}, got {actual} ({damaged.Length} bytes instead of 3396202) from {_folder["remote/train.csv"]}.",
            error.Message);
        Assert.Empty(_folder.Files("cache"));
        Assert.Empty(_folder.Files("target"));
    }

    [Fact]
    public async Task Content_of_the_right_size_but_another_hash_is_refused_as_well()
    {
        var bytes = File.ReadAllBytes(SharedAdultData.Train);
        bytes[^3] = (byte)'7'; // the last row's hours, same length
        File.WriteAllBytes(_folder["remote/train.csv"], bytes);

        var error = await Assert.ThrowsAsync<DataIntegrityException>(PullAsync);

        Assert.StartsWith($"adult/train.csv: expected sha256 {_adult.Files[0].Sha256}, got ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bytes instead of", error.Message, StringComparison.Ordinal);
        Assert.Empty(_folder.Files("cache"));
        Assert.Empty(_folder.Files("target"));
    }

    [Fact]
    public async Task A_remote_file_longer_than_the_pointer_says_is_refused_naming_its_hash_and_size()
    {
        var longer = File.ReadAllBytes(SharedAdultData.Train).Concat(File.ReadAllBytes(SharedAdultData.Test)).ToArray();
        File.WriteAllBytes(_folder["remote/train.csv"], longer);

        var error = await Assert.ThrowsAsync<DataIntegrityException>(PullAsync);

        Assert.Contains($"got {Convert.ToHexStringLower(SHA256.HashData(longer))} ({longer.Length} bytes instead of 3396202) from ", error.Message, StringComparison.Ordinal);
        Assert.Empty(_folder.Files("cache"));
    }

    [Fact]
    public async Task A_remote_that_never_stops_sending_is_cut_off_without_filling_the_disk()
    {
        var expected = new DatasetFile("tiny.csv", new string('0', 64), 10);
        await using var endless = new EndlessStream();

        var error = await Assert.ThrowsAsync<DataIntegrityException>(
            () => new ContentCache(_folder["cache"]).AddAsync(endless, expected, "adult", "an endless remote"));

        Assert.Equal($"adult/tiny.csv: expected sha256 {expected.Sha256}, got more than 10 bytes from an endless remote.", error.Message);
        Assert.Empty(_folder.Files("cache"));
    }

    [Fact]
    public async Task A_file_missing_from_the_remote_fails_naming_the_file_and_the_remote()
    {
        var error = await Assert.ThrowsAsync<DataRemoteException>(PullAsync);

        Assert.Equal($"adult/train.csv: {_folder["remote/train.csv"]}: not found in the data remote folder {_folder["remote"]}.", error.Message);
        Assert.Empty(_folder.Files("target"));
    }

    [Fact]
    public async Task A_file_already_pulled_stays_when_a_later_file_fails()
    {
        File.Copy(SharedAdultData.Train, _folder["remote/train.csv"]);
        File.Delete(_folder["remote/test.csv"]);

        var error = await Assert.ThrowsAsync<DataRemoteException>(PullAsync);

        Assert.StartsWith("adult/test.csv: ", error.Message, StringComparison.Ordinal);
        Assert.Equal(["train.csv"], _folder.Files("target"));
    }

    [Fact]
    public async Task A_pointer_path_that_leaves_the_dataset_is_refused_before_anything_is_read()
    {
        var escaping = _adult with { Files = [new DatasetFile("../outside.csv", _adult.Files[0].Sha256, 1)] };
        var pull = new DatasetPull(escaping, new FolderDataRemote(_folder["remote"]), new ContentCache(_folder["cache"]), _folder["target"]);

        var error = await Assert.ThrowsAsync<DataInputException>(() => pull.RunAsync());

        Assert.Equal("Dataset 'adult': '../outside.csv' is not a relative path inside the dataset.", error.Message);
        Assert.False(File.Exists(_folder["outside.csv"]));
    }

    /// <summary>Zeros for ever, as a broken or hostile remote might send.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
