using System.Formats.Tar;
using Mlops.Containers.Internal;
using Mlops.Testing;

namespace Mlops.Containers.Tests;

/// <summary>The tars images are made of: the same files give the same bytes, whenever and wherever they were written.</summary>
public sealed class WritingReproducibleTars : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_same_files_give_the_same_bytes_whatever_their_times_and_the_order_they_were_added_in()
    {
        var first = _folder.Write("one/b.txt", "b");
        var second = _folder.Write("one/a/c.txt", "c");
        var time = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var tar = new ReproducibleTar();
        tar.AddFile("app/b.txt", first);
        tar.AddFile("app/a/c.txt", second);
        var before = tar.ToBytes(time);
        File.SetLastWriteTimeUtc(first, DateTime.UtcNow.AddDays(-3));
        var reordered = new ReproducibleTar();
        reordered.AddFile("app/a/c.txt", second);
        reordered.AddFile("app/b.txt", first);

        Assert.Equal(before, reordered.ToBytes(time));
    }

    [Fact]
    public void Entries_are_sorted_with_every_parent_listed_owned_by_root_and_stamped_with_the_one_time()
    {
        var tar = new ReproducibleTar();
        tar.AddText("etc/passwd", "root:x:0:0::/:/nologin\n");
        tar.AddSymlink("usr/bin/dotnet", "../share/dotnet/dotnet");
        tar.AddDirectory("tmp", (UnixFileMode)0b1_111_111_111);
        var time = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        using var reader = new TarReader(new MemoryStream(tar.ToBytes(time)));
        var entries = new List<TarEntry>();
        while (reader.GetNextEntry() is { } entry)
        {
            entries.Add(entry);
        }

        Assert.Equal(["etc/", "etc/passwd", "tmp/", "usr/", "usr/bin/", "usr/bin/dotnet"], entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.Equal((0, 0, time), (e.Uid, e.Gid, e.ModificationTime)));
        Assert.Equal("../share/dotnet/dotnet", entries[^1].LinkName);
        Assert.Equal((UnixFileMode)0b1_111_111_111, entries[2].Mode);
    }
}
