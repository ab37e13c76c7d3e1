using System.Runtime.Versioning;
using Mlops.Testing;

namespace Mlops.Effects.Tests;

public sealed class WritingFiles : IDisposable
{
    private static readonly DateTime LongAgo = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    private readonly TemporaryFolder _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_new_file_is_written_with_its_folders_and_nothing_else_is_left_behind()
    {
        var files = new RepositoryFiles(_repository.Path);

        var changed = files.WriteText("k8s/overlays/staging/image.yaml", "tag: abc\n");

        Assert.True(changed);
        Assert.Equal("tag: abc\n", File.ReadAllText(_repository["k8s/overlays/staging/image.yaml"]));
        Assert.Equal(["k8s/overlays/staging/image.yaml"], _repository.Files());
    }

    [Fact]
    public void Changed_content_replaces_the_file()
    {
        File.WriteAllText(_repository["values.yaml"], "tag: old\n");

        var changed = new RepositoryFiles(_repository.Path).WriteText("values.yaml", "tag: new\n");

        Assert.True(changed);
        Assert.Equal("tag: new\n", File.ReadAllText(_repository["values.yaml"]));
        Assert.Equal(["values.yaml"], _repository.Files());
    }

    [Fact]
    public void Unchanged_content_is_not_written_so_the_file_keeps_its_time()
    {
        File.WriteAllText(_repository["values.yaml"], "tag: same\n");
        File.SetLastWriteTimeUtc(_repository["values.yaml"], LongAgo);

        var changed = new RepositoryFiles(_repository.Path).WriteText("values.yaml", "tag: same\n");

        Assert.False(changed);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(_repository["values.yaml"]));
    }

    [Fact]
    [UnsupportedOSPlatform("windows")] // Unix file modes; these tests run on Linux, like diff -u above
    public void A_rewritten_script_stays_executable()
    {
        File.WriteAllText(_repository["build.sh"], "#!/bin/sh\n");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead |
            UnixFileMode.GroupExecute;
        File.SetUnixFileMode(_repository["build.sh"], mode);

        new RepositoryFiles(_repository.Path).WriteText("build.sh", "#!/bin/sh\necho hi\n");

        Assert.Equal(mode, File.GetUnixFileMode(_repository["build.sh"]));
    }

    [Fact]
    public void Deleting_removes_the_file_and_says_whether_there_was_one()
    {
        File.WriteAllText(_repository["old.yml"], "x\n");
        var files = new RepositoryFiles(_repository.Path);

        var first = files.Delete("old.yml");
        var second = files.Delete("old.yml");

        Assert.True(first);
        Assert.False(second);
        Assert.Empty(_repository.Files());
    }
}
