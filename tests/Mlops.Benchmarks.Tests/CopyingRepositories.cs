using System.Runtime.Versioning;
using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Benchmarks.Tests;

/// <summary>A real git repository with a tracked script, an untracked file, an ignored file, and a tracked file deleted.</summary>
[UnsupportedOSPlatform("windows")] // file modes are what is under test
public sealed class CopyingRepositories : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _repository = new();
    private RepositoryCopy? _copy;

    public async Task InitializeAsync()
    {
        File.WriteAllText(_repository[".gitignore"], "ignored.txt\n");
        File.WriteAllText(_repository["tracked.txt"], "tracked");
        Directory.CreateDirectory(_repository["tools"]);
        File.WriteAllText(_repository["tools/run.sh"], "#!/bin/sh\necho run\n");
        File.SetUnixFileMode(_repository["tools/run.sh"], (UnixFileMode)0b111_101_101); // rwxr-xr-x
        File.WriteAllText(_repository["deleted.txt"], "soon gone");
        await GitAsync("init", "--quiet");
        await GitAsync("add", ".");
        await GitAsync("-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "first");
        File.Delete(_repository["deleted.txt"]);
        File.WriteAllText(_repository["untracked.txt"], "new");
        File.WriteAllText(_repository["ignored.txt"], "build output");

        _copy = await RepositoryCopy.CreateAsync(_repository.Path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _copy?.Delete();
        _repository.Dispose();
    }

    private async Task GitAsync(params string[] arguments) =>
        (await new ProcessRunner { Echo = false }.RunAsync("git", arguments, _repository.Path)).EnsureSuccess();

    private string[] CopiedFiles() =>
        [.. Directory.GetFiles(_copy!.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_copy.Path, f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void Tracked_and_new_unignored_files_are_copied_ignored_deleted_and_git_files_are_not()
    {
        Assert.Equal([".gitignore", "tools/run.sh", "tracked.txt", "untracked.txt"], CopiedFiles());
        Assert.Equal("new", File.ReadAllText(Path.Combine(_copy!.Path, "untracked.txt")));
    }

    [Fact]
    public void The_copy_is_elsewhere_and_keeps_the_executable_bit()
    {
        Assert.NotEqual(_repository.Path, _copy!.Path);
        Assert.True(File.GetUnixFileMode(Path.Combine(_copy.Path, "tools/run.sh")).HasFlag(UnixFileMode.UserExecute));
        Assert.False(File.GetUnixFileMode(Path.Combine(_copy.Path, "tracked.txt")).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Delete_removes_the_copy_and_may_be_called_twice()
    {
        _copy!.Delete();
        _copy.Delete();

        Assert.False(Directory.Exists(_copy.Path));
        Assert.True(File.Exists(_repository["tracked.txt"]));
    }
}
