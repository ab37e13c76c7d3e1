using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>
/// One run per repository at a time: two runs would hash and record each other's half-written files. A waiting build
/// says once whose build it waits for.
/// </summary>
internal static class BuildLock
{
    public static string PathIn(AbsolutePath root) => root / ".nuke" / "temp" / "build.lock";

    public static Task<ProcessLock> AcquireAsync(AbsolutePath root, TextWriter waitingLine) =>
        ProcessLock.AcquireAsync(PathIn(root), holder =>
        {
            var whose = holder is null ? "the build holding .nuke/temp/build.lock"
                : $"the build started at {holder.Since.ToLocalTime():yyyy-MM-dd HH:mm:ss} (pid {holder.ProcessId})";
            waitingLine.WriteLine($"Waiting for {whose}: one build per repository at a time.");
            waitingLine.Flush();
        });
}
