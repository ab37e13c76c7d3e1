using System.Globalization;

namespace Mlops.Files;

/// <summary>
/// A lock one process holds at a time: the file opened exclusively (an OS file lock, so a crashed holder releases it
/// with its process). <c>&lt;file&gt;.owner</c> beside it says who holds it, for the waiting side's message, since the
/// locked file itself cannot be read.
/// </summary>
public sealed class ProcessLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _handle;

    private ProcessLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock, calling <paramref name="waiting"/> once (with the holder, if it said) when another process holds it.</summary>
    public static async Task<ProcessLock> AcquireAsync(string path, Action<LockHolder?> waiting, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(waiting);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var said = false;
        while (true)
        {
            if (TryOpen(path) is { } handle)
            {
                File.WriteAllText(path + ".owner", new LockHolder(Environment.ProcessId, DateTimeOffset.Now).ToString());
                return new ProcessLock(handle);
            }

            if (!said)
            {
                waiting(LockHolder.Read(path + ".owner"));
                said = true;
            }

            await Task.Delay(PollInterval, cancellation);
        }
    }

    public void Dispose() => _handle.Dispose();

    private static FileStream? TryOpen(string path)
    {
        try
        {
            // FileShare.None takes an exclusive flock on Unix and a share-mode lock on Windows.
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null; // Windows reports a file another process holds this way
        }
    }
}

/// <summary>Who holds a <see cref="ProcessLock"/>: its process and when it took the lock.</summary>
public sealed record LockHolder(int ProcessId, DateTimeOffset Since)
{
    public override string ToString() => $"{ProcessId} {Since.ToString("O", CultureInfo.InvariantCulture)}";

    /// <summary>The holder its owner file names, or null while the holder is writing it or never did.</summary>
    public static LockHolder? Read(string ownerFile)
    {
        try
        {
            var parts = File.ReadAllText(ownerFile).Split(' ', 2, StringSplitOptions.TrimEntries);
            return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid) &&
                DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var since)
                ? new LockHolder(pid, since)
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
