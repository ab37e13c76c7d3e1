using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>The key ./build.sh Serve uses when none is given: made once, kept where only its owner reads it.</summary>
public sealed class KeepingALocalKey : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_key_is_made_once_kept_for_its_owner_only_and_read_back_after()
    {
        var path = _folder["temp/serve/api-key"];

        var made = LocalApiKey.ReadOrCreate(path);
        var again = LocalApiKey.ReadOrCreate(path);

        Assert.Equal(48, made.Length);
        Assert.Equal(made, again);
        Assert.NotEqual(made, LocalApiKey.ReadOrCreate(_folder["other/api-key"]));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }
}
