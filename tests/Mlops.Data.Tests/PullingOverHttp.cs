using System.Security.Cryptography;
using Mlops.Testing;

namespace Mlops.Data.Tests;

/// <summary>An http remote, served by a real HTTP server on the loopback interface.</summary>
public sealed class PullingOverHttp : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly DatasetPointer _adult = DatasetPointer.Read(RepositoryRoot.File("data/adult.dataset.json"));
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly CancellationTokenSource _bounded = new(TimeSpan.FromSeconds(60));

    public void Dispose()
    {
        _client.Dispose();
        _bounded.Dispose();
        _folder.Dispose();
    }

    private Task<PullReport> PullAsync(Uri remote) =>
        new DatasetPull(_adult, new HttpDataRemote(remote, _client), new ContentCache(_folder["cache"]), _folder["target"])
            .RunAsync(cancellation: _bounded.Token);

    [Fact]
    public async Task Files_served_over_http_are_fetched_verified_and_placed()
    {
        await using var server = new LoopbackHttpServer(SharedAdultData.Folder);

        var report = await PullAsync(server.BaseUri);

        Assert.All(report.Files, f => Assert.Equal(PullOutcome.Fetched, f.Outcome));
        Assert.Equal(_adult.Files[0].Sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_folder["target/train.csv"]))));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_second_pull_over_http_asks_the_server_nothing()
    {
        await using var server = new LoopbackHttpServer(SharedAdultData.Folder);
        await PullAsync(server.BaseUri);

        var report = await PullAsync(server.BaseUri);

        Assert.All(report.Files, f => Assert.Equal(PullOutcome.Unchanged, f.Outcome));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task A_server_that_stops_sending_half_way_fails_naming_the_file_and_url_and_nothing_is_placed()
    {
        await using var server = new LoopbackHttpServer(SharedAdultData.Folder, stallAfter: 100_000);
        var remote = new HttpDataRemote(server.BaseUri, _client, idleTimeout: TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<DataRemoteException>(() =>
            new DatasetPull(_adult, remote, new ContentCache(_folder["cache"]), _folder["target"]).RunAsync(cancellation: _bounded.Token));

        Assert.Equal($"adult/train.csv: {server.BaseUri}train.csv: no data for 1 s in the middle of the download.", error.Message);
        Assert.Empty(_folder.Files("target"));
        Assert.Empty(_folder.Files("cache"));
    }

    [Fact]
    public async Task A_404_fails_naming_the_file_and_the_url_and_nothing_is_placed()
    {
        Directory.CreateDirectory(_folder["served"]);
        await using var server = new LoopbackHttpServer(_folder["served"]);

        var error = await Assert.ThrowsAsync<DataRemoteException>(() => PullAsync(server.BaseUri));

        Assert.Equal($"adult/train.csv: {server.BaseUri}train.csv: not found (HTTP 404 Not Found).", error.Message);
        Assert.Empty(_folder.Files("target"));
        Assert.Empty(_folder.Files("cache"));
    }

    [Fact]
    public async Task A_server_that_is_not_there_fails_naming_the_url()
    {
        var nobody = new Uri($"http://127.0.0.1:{LoopbackHttpServer.FreePort()}/data/");

        var error = await Assert.ThrowsAsync<DataRemoteException>(() => PullAsync(nobody));

        Assert.StartsWith($"adult/train.csv: {nobody}train.csv: cannot connect (", error.Message, StringComparison.Ordinal);
        Assert.Empty(_folder.Files("target"));
    }

    [Fact]
    public void Paths_are_escaped_under_the_base_url_whether_or_not_it_ends_with_a_slash()
    {
        var remote = new HttpDataRemote(new Uri("https://data.example.org/datasets/adult"));

        Assert.Equal("https://data.example.org/datasets/adult/raw%20files/train.csv", remote.Describe("raw files/train.csv"));
    }
}
