using System.Globalization;

namespace Mlops.Targets.Internal;

/// <summary>
/// One run per repository at a time: two runs would hash and record each other's half-written files. The lock is
/// <c>.nuke/temp/build.lock</c> opened exclusively (an OS file lock, so a crashed build releases it with its process);
/// <c>build.lock.owner</c> beside it says who holds it, for the waiting build's one line, since the locked file
/// itself cannot be read.
/// </summary>
internal sealed class BuildLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _handle;

    private BuildLock(FileStream handle) => _handle = handle;

    public static string PathIn(AbsolutePath root) => root / ".nuke" / "temp" / "build.lock";

    /// <summary>Takes the lock, first saying once whose build it waits for when another run holds it.</summary>
    public static async Task<BuildLock> AcquireAsync(AbsolutePath root, TextWriter waitingLine)
    {
        var path = PathIn(root);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var said = false;
        while (true)
        {
            if (TryOpen(path) is { } handle)
            {
                var owner = $"{Environment.ProcessId} {DateTimeOffset.Now.ToString("O", CultureInfo.InvariantCulture)}";
                File.WriteAllText(path + ".owner", owner);
                return new BuildLock(handle);
            }

            if (!said)
            {
                waitingLine.WriteLine($"Waiting for {Owner(path)}: one build per repository at a time.");
                waitingLine.Flush();
                said = true;
            }

            await Task.Delay(PollInterval);
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

    private static string Owner(string path)
    {
        try
        {
            var parts = File.ReadAllText(path + ".owner").Split(' ', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var started))
            {
                return $"the build started at {started.ToLocalTime():yyyy-MM-dd HH:mm:ss} (pid {parts[0]})";
            }
        }
        catch (IOException)
        {
            // the holder is writing it right now, or it never did; say what we can
        }

        return "the build holding .nuke/temp/build.lock";
    }
}
