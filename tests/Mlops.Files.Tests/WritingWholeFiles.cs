using System.Runtime.Versioning;
using Mlops.Testing;

namespace Mlops.Files.Tests;

[UnsupportedOSPlatform("windows")] // Unix file modes
public sealed class WritingWholeFiles : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Text_is_utf8_without_a_byte_order_mark_and_its_folders_are_made()
    {
        var path = _folder["a/b/report.md"];

        AtomicFile.WriteText(path, "Größe\n");

        Assert.Equal([0x47, 0x72, 0xC3, 0xB6, 0xC3, 0x9F, 0x65, 0x0A], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_second_write_replaces_the_first_whole_and_leaves_no_temporary_file()
    {
        var path = _folder["model.bin"];
        AtomicFile.WriteBytes(path, new byte[1000]);

        AtomicFile.WriteBytes(path, [1, 2, 3]);

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["model.bin"], _folder.Files());
    }

    [Fact]
    public void A_replaced_file_keeps_its_unix_mode()
    {
        var path = _folder.Write("build.sh", "#!/bin/sh\n");
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);

        AtomicFile.WriteText(path, "#!/bin/sh\necho changed\n");

        Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void A_write_that_cannot_be_put_in_place_leaves_what_was_there_and_no_temporary_file()
    {
        // A folder where the file should go: the rename fails after the bytes were written.
        Directory.CreateDirectory(_folder["metrics.json"]);
        _folder.Write("metrics.json/inside.txt", "kept");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteText(_folder["metrics.json"], "{}"));

        Assert.Equal(["metrics.json/inside.txt"], _folder.Files());
    }
}
