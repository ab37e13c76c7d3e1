using Mlops.Testing;

namespace Mlops.Effects.Tests;

public sealed class RejectingPaths : IDisposable
{
    private readonly TemporaryFolder _parent = new();

    public void Dispose() => _parent.Dispose();

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("k8s/../../outside.txt")]
    [InlineData("/tmp/outside.txt")]
    [InlineData(".")]
    public void A_path_that_leaves_the_root_is_refused_naming_the_path_and_nothing_is_written(string path)
    {
        var root = Directory.CreateDirectory(_parent["repository"]).FullName;
        var files = new RepositoryFiles(root);

        var write = Assert.Throws<ArgumentException>(() => files.WriteText(path, "x"));
        var delete = Assert.Throws<ArgumentException>(() => files.Delete(path));

        Assert.Equal("relativePath", write.ParamName);
        Assert.Contains($"'{path}' is not a file path inside the repository root", write.Message, StringComparison.Ordinal);
        Assert.Equal(write.Message, delete.Message);
        Assert.Equal([], _parent.Files());
    }

    [Fact]
    public void A_path_that_steps_out_and_back_in_stays_inside_and_is_allowed()
    {
        var files = new RepositoryFiles(_parent.Path);

        files.WriteText("k8s/../configs/train.json", "{}\n");

        Assert.Equal(["configs/train.json"], _parent.Files());
    }
}
