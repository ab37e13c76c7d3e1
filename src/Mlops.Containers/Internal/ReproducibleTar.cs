using System.Formats.Tar;
using System.Text;

namespace Mlops.Containers.Internal;

/// <summary>
/// A tar whose bytes depend only on what is in it: entries sorted by path, every parent directory listed, one fixed
/// time, owner 0:0 without names, modes normalised (0755 for directories and executables, else 0644). Added as a
/// layer (ADD x.tar /, or an import), the same files give the same layer digest on any machine, any day.
/// </summary>
internal sealed class ReproducibleTar
{
    private const UnixFileMode Directory = (UnixFileMode)0b111_101_101;
    private const UnixFileMode Executable = (UnixFileMode)0b111_101_101;
    private const UnixFileMode Regular = (UnixFileMode)0b110_100_100;

    private readonly SortedDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public void AddDirectory(string path, UnixFileMode mode = Directory)
    {
        path = Normalise(path);
        if (path.Length > 0 && !_entries.ContainsKey(path + "/"))
        {
            AddParents(path);
            _entries[path + "/"] = new Entry(TarEntryType.Directory, mode, null, null, null);
        }
    }

    public void AddFile(string path, string sourceFile, bool? executable = null)
    {
        var isExecutable = executable ?? (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(sourceFile) & UnixFileMode.UserExecute) != 0);
        Add(path, new Entry(TarEntryType.RegularFile, isExecutable ? Executable : Regular, Path.GetFullPath(sourceFile), null, null));
    }

    public void AddText(string path, string text) => AddBytes(path, Encoding.UTF8.GetBytes(text));

    public void AddBytes(string path, byte[] bytes) => Add(path, new Entry(TarEntryType.RegularFile, Regular, null, bytes, null));

    public void AddSymlink(string path, string target) => Add(path, new Entry(TarEntryType.SymbolicLink, (UnixFileMode)0b111_111_111, null, null, target));

    /// <summary>Every file under <paramref name="sourceFolder"/> that <paramref name="include"/> takes (by its path relative to the folder, with '/').</summary>
    public void AddTree(string path, string sourceFolder, Func<string, bool>? include = null)
    {
        AddDirectory(path);
        foreach (var file in System.IO.Directory.EnumerateFiles(sourceFolder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceFolder, file).Replace('\\', '/');
            if (include?.Invoke(relative) ?? true)
            {
                AddFile(path + "/" + relative, file);
            }
        }
    }

    public byte[] ToBytes(DateTimeOffset time)
    {
        using var stream = new MemoryStream();
        WriteTo(stream, time);
        return stream.ToArray();
    }

    /// <summary>Writes the archive, every entry stamped with <paramref name="time"/> (the commit's, for an image).</summary>
    public void WriteTo(Stream stream, DateTimeOffset time)
    {
        using var writer = new TarWriter(stream, TarEntryFormat.Ustar, leaveOpen: true);
        foreach (var (name, entry) in _entries)
        {
            var tar = new UstarTarEntry(entry.Type, name)
            {
                ModificationTime = time,
                Mode = entry.Mode,
                Uid = 0,
                Gid = 0,
                UserName = "",
                GroupName = "",
            };
            if (entry.Type == TarEntryType.SymbolicLink)
            {
                tar.LinkName = entry.Target!;
            }

            using Stream? content = entry.Source is { } source ? File.OpenRead(source) : entry.Text is { } text ? new MemoryStream(text) : null;
            if (content is not null)
            {
                tar.DataStream = content;
            }

            writer.WriteEntry(tar);
        }
    }

    private void Add(string path, Entry entry)
    {
        path = Normalise(path);
        AddParents(path);
        _entries[path] = entry;
    }

    private void AddParents(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash > 0)
        {
            AddDirectory(path[..slash]);
        }
    }

    private static string Normalise(string path) => path.Replace('\\', '/').Trim('/');

    private sealed record Entry(TarEntryType Type, UnixFileMode Mode, string? Source, byte[]? Text, string? Target);
}
