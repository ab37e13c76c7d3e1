using Mlops.Testing;

namespace Mlops.Data.Tests;

public sealed class ParsingRemotes : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_relative_folder_is_taken_from_the_base_directory()
    {
        Directory.CreateDirectory(_folder["shared/data/adult"]);
        Directory.CreateDirectory(_folder["repository"]);

        var remote = DataRemote.Parse("../shared/data/adult", _folder["repository"]);

        var folder = Assert.IsType<FolderDataRemote>(remote);
        Assert.Equal(_folder["shared/data/adult"], folder.Folder);
        Assert.Equal(_folder["shared/data/adult/train.csv"], remote.Describe("train.csv"));
    }

    [Fact]
    public void An_absolute_folder_and_a_file_url_are_folders()
    {
        var absolute = DataRemote.Parse(_folder.Path, _folder["elsewhere"]);
        var fileUrl = DataRemote.Parse(new Uri(_folder.Path).AbsoluteUri, _folder["elsewhere"]);

        Assert.Equal(_folder.Path, Assert.IsType<FolderDataRemote>(absolute).Folder);
        Assert.Equal(_folder.Path, Assert.IsType<FolderDataRemote>(fileUrl).Folder);
    }

    [Theory]
    [InlineData("https://data.example.org/adult", "https://data.example.org/adult/")]
    [InlineData("http://127.0.0.1:8080/adult/", "http://127.0.0.1:8080/adult/")]
    public void An_http_url_is_an_http_remote_under_that_url(string remote, string baseUri)
    {
        var parsed = DataRemote.Parse(remote, _folder.Path);

        Assert.Equal(baseUri, Assert.IsType<HttpDataRemote>(parsed).BaseUri.AbsoluteUri);
    }

    [Theory]
    [InlineData("s3://bucket/adult", "Data remote 's3://bucket/adult': only folders and http(s) URLs are supported.")]
    [InlineData(" ", "The data remote is empty: give a folder or an http(s) URL.")]
    public void Anything_else_is_refused_by_name(string remote, string message)
    {
        var error = Assert.Throws<DataInputException>(() => DataRemote.Parse(remote, _folder.Path));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task A_folder_that_is_not_there_is_named_as_written_and_in_full_when_a_file_is_opened_from_it()
    {
        var remote = DataRemote.Parse("../no-such-remote", _folder["repo"]);

        var error = await Assert.ThrowsAsync<DataRemoteException>(() => remote.OpenAsync("train.csv", CancellationToken.None));

        Assert.Equal($"Data remote ../no-such-remote is not there (no folder {_folder["no-such-remote"]}).", error.Message);
    }
}
