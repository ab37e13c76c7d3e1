using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Mlops.Files;

/// <summary>
/// SHA-256 of files (<see cref="Sha256Hex"/>), remembered by path, size, modification time, change time and inode in
/// an index file (the engine keeps <c>.nuke/temp/file-hashes.tsv</c>), as git's index and DVC remember theirs: a file whose stat is unchanged is not
/// read again, in this run or the next. The racy-git rule guards the timestamp's granularity: an entry whose file was
/// modified less than <see cref="RacyWindow"/> before it was hashed is not trusted (a write within the same tick
/// would leave the stat unchanged), so such a file is hashed again until an entry is made safely after it settled.
/// </summary>
public sealed class FileHashes
{
    /// <summary>Wider than any file system's timestamp granularity (FAT: 2 s) and the kernel's coarse clock.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly string _file;
    private readonly ConcurrentDictionary<string, FileHashEntry> _entries;
    private readonly Func<DateTime> _now;
    private int _changed;
    private int _filesRead;

    private FileHashes(string file, Dictionary<string, FileHashEntry> entries, Func<DateTime> now)
    {
        _file = file;
        _entries = new ConcurrentDictionary<string, FileHashEntry>(entries, StringComparer.Ordinal);
        _now = now;
    }

    /// <summary>Files hashed (read in full) by this instance; what a no-op run should keep at zero.</summary>
    public int FilesRead => _filesRead;

    /// <param name="file">The index; a missing or damaged one only costs reading the files again.</param>
    /// <param name="now">The clock the racy-git rule reads; tests pass their own.</param>
    public static FileHashes Load(string file, Func<DateTime>? now = null)
    {
        var entries = new Dictionary<string, FileHashEntry>(StringComparer.Ordinal);
        foreach (var line in File.Exists(file) ? File.ReadLines(file) : [])
        {
            if (FileHashEntry.Parse(line) is var (path, entry))
            {
                entries[path] = entry; // a damaged line only costs hashing that file again
            }
        }

        return new FileHashes(file, entries, now ?? (() => DateTime.UtcNow));
    }

    /// <summary>The file's SHA-256 in lower-case hex.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public string Sha256(string path)
    {
        var full = Path.GetFullPath(path);
        var stat = FileStat.Of(full) ?? throw new FileNotFoundException($"No file {full} to hash.", full);
        if (_entries.TryGetValue(full, out var known) && known.Describes(stat))
        {
            return known.Sha256;
        }

        // The time is taken before reading: a write during the read then falls after it, and the entry is not trusted.
        var hashedAt = (_now() - DateTime.UnixEpoch).Ticks * 100;
        var hash = Sha256Hex.OfFile(full);
        Interlocked.Increment(ref _filesRead);
        _entries[full] = new FileHashEntry(stat.Size, stat.ModifiedNs, stat.ChangedNs, stat.Inode, hashedAt, hash);
        Interlocked.Exchange(ref _changed, 1);
        return hash;
    }

    /// <summary>
    /// One hash of the files in <paramref name="folder"/> that match <paramref name="pattern"/>, names and contents in
    /// ordinal order (a program's assemblies, say): while they are unchanged it costs a stat per file, not a read.
    /// </summary>
    public string Fingerprint(string folder, string pattern)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal))
        {
            text.Append(Path.GetFileName(file)).Append('=').AppendLine(Sha256(file));
        }

        return Sha256Hex.Of(Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>Writes the index if this run hashed anything, dropping entries of files that are gone.</summary>
    public void Save()
    {
        if (Interlocked.Exchange(ref _changed, 0) == 0)
        {
            return;
        }

        // A path with a tab or line break cannot be a line of its own; such a file is simply hashed each run.
        var lines = _entries.Where(e => e.Key.IndexOfAny(['\t', '\n', '\r']) < 0 && File.Exists(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value.Format(e.Key) + "\n");
        AtomicFile.WriteText(_file, string.Concat(lines));
    }
}

/// <summary>
/// One file's remembered hash: the stat it was made for and when (nanoseconds since 1970). Stored as one tab-separated
/// line, path last: the index is read on every run, and a line split costs less start-up than a JSON reader.
/// </summary>
internal sealed record FileHashEntry(long Size, long Modified, long Changed, ulong Inode, long HashedAt, string Sha256)
{
    public bool Describes(FileStat stat) =>
        stat.Size == Size && stat.ModifiedNs == Modified && stat.ChangedNs == Changed && stat.Inode == Inode &&
        Modified < HashedAt - (FileHashes.RacyWindow.Ticks * 100) &&
        Changed < HashedAt - (FileHashes.RacyWindow.Ticks * 100);

    public string Format(string path) =>
        string.Join('\t', Sha256, Size.ToString(Invariant), Modified.ToString(Invariant), Changed.ToString(Invariant),
            Inode.ToString(Invariant), HashedAt.ToString(Invariant), path);

    public static (string Path, FileHashEntry Entry)? Parse(string line)
    {
        var fields = line.Split('\t', 7);
        return fields.Length == 7 && fields[0].Length == 64 &&
            long.TryParse(fields[1], Invariant, out var size) && long.TryParse(fields[2], Invariant, out var modified) &&
            long.TryParse(fields[3], Invariant, out var changed) && ulong.TryParse(fields[4], Invariant, out var inode) &&
            long.TryParse(fields[5], Invariant, out var hashedAt)
            ? (fields[6], new FileHashEntry(size, modified, changed, inode, hashedAt, fields[0]))
            : null;
    }

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;
}
