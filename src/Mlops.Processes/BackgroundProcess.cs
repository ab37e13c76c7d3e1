using System.Diagnostics;
using System.Globalization;

namespace Mlops.Processes;

/// <summary>
/// A service this program starts and leaves running for later commands (a container engine, a registry): in a session
/// of its own, so a Ctrl+C in the terminal that started it does not reach it; its output appended to a log file; and
/// known by its PID alone, which is all a later run needs to stop it.
/// </summary>
public static class BackgroundProcess
{
    /// <summary>Starts <paramref name="program"/> and returns its PID.</summary>
    public static int Start(string program, IEnumerable<string> arguments, string logFile, IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(program);
        ArgumentException.ThrowIfNullOrWhiteSpace(logFile);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile))!);
        var pidFile = logFile + ".pid";
        File.Delete(pidFile);
        // setsid: a new session; the shell writes its own PID, then becomes the program (exec), so the PID is the program's.
        // The PID file appears whole (written aside, then renamed): read while the shell was still writing it, it was
        // empty, and a program that had started was taken for one that had not — and left running.
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in (string[])["sh", "-c", "echo $$ > \"$1.tmp\" && mv \"$1.tmp\" \"$1\"; log=\"$2\"; shift 2; exec \"$@\" >> \"$log\" 2>&1 < /dev/null",
            "sh", pidFile, Path.GetFullPath(logFile), program])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var launcher = Process.Start(start) ?? throw new InvalidOperationException($"could not start setsid for {program}.");
        // Up to 10 s: on a loaded machine (two cores, a test run and a build at once) a shell can take seconds to start.
        for (var waited = 0; waited < 500 && !File.Exists(pidFile); waited++)
        {
            Thread.Sleep(20);
        }

        var text = File.Exists(pidFile) ? File.ReadAllText(pidFile).Trim() : "";
        File.Delete(pidFile);
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            // Whatever did start must not outlive the error: setsid becomes the shell (and then the program) in place.
            try
            {
                launcher.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It has exited already.
            }

            throw new InvalidOperationException($"{program} did not start; see {logFile}.");
        }

        // The PID is written by the shell just before it becomes the program: wait for that, so the PID names it.
        for (var waited = 0; waited < 250 && Path.GetFileName(program) != "sh" && Named(pid) is "sh" or "setsid"; waited++)
        {
            Thread.Sleep(20);
        }

        return pid;
    }

    /// <summary>The name of the program running under <paramref name="pid"/>; null when none runs (a zombie does not).</summary>
    private static string? Named(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || IsZombie(pid) ? null : process.ProcessName;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null; // no such process, or it exited between the questions
        }
    }

    /// <summary>True while some process has this PID (a zombie does not count): an owner that recorded its PID is still there.</summary>
    public static bool IsAlive(int pid) => Named(pid) is not null;

    /// <summary>
    /// True while a process with this PID runs <paramref name="program"/> (a zombie is not running): a PID recorded
    /// before a reboot may since name another program, which must not be taken for ours, let alone stopped.
    /// </summary>
    public static bool IsRunning(int pid, string program)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(program);
        var name = Path.GetFileName(program);
        // The kernel keeps the first 15 bytes of a program's name.
        return Named(pid) == name[..Math.Min(name.Length, 15)];
    }

    /// <summary>Asks the process to stop (SIGTERM), waits up to <paramref name="grace"/>, then kills it; true if it was running.</summary>
    public static bool Stop(int pid, string program, TimeSpan grace)
    {
        if (!IsRunning(pid, program))
        {
            return false;
        }

        using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", pid.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            term?.WaitForExit();
        }

        var clock = Stopwatch.StartNew();
        while (IsRunning(pid, program) && clock.Elapsed < grace)
        {
            Thread.Sleep(50);
        }

        if (IsRunning(pid, program))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // It stopped on its own after all, just now.
            }
        }

        return true;
    }

    private static bool IsZombie(int pid)
    {
        var status = $"/proc/{pid}/stat";
        return File.Exists(status) && File.ReadAllText(status).Split(") ").ElementAtOrDefault(1) is ['Z', ..];
    }
}
