using System.Diagnostics;
using Mlops.Targets.Internal;

namespace Mlops.Targets.Tests;

/// <summary>Two runs in one repository take turns: the second waits, says for whom, and runs when the first ends.</summary>
public sealed class OneBuildAtATime : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly BuildRun _run = new();

    private sealed class Turns : MlopsBuild
    {
        public List<string> Events { get; init; } = [];

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Release { get; init; } = Task.CompletedTask;

        public Target Hold => _ => _.Executes(async () =>
        {
            Started.SetResult();
            await Release;
            Note("first build ends");
        });

        public Target Quick => _ => _.Executes(() => Note("second build runs"));

        private void Note(string text)
        {
            lock (Events)
            {
                Events.Add(text);
            }
        }
    }

    [Fact]
    public async Task A_second_run_waits_for_the_first_says_whose_it_is_and_then_runs()
    {
        var events = new List<string>();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = new Turns { Events = events, Release = release.Task };
        var second = new Turns { Events = events };
        var secondOut = new WatchedWriter("Waiting for");
        try
        {
            var firstRun = Task.Run(() => RunIn(first, "Hold", new StringWriter()));
            await first.Started.Task.WaitAsync(Patience);
            var secondRun = Task.Run(() => RunIn(second, "Quick", secondOut));

            await secondOut.Seen.WaitAsync(Patience);
            lock (events)
            {
                Assert.Empty(events);
            }

            release.SetResult();
            Assert.Equal(0, await firstRun.WaitAsync(Patience));
            Assert.Equal(0, await secondRun.WaitAsync(Patience));
            Assert.Equal(["first build ends", "second build runs"], events);
            Assert.Matches(@$"Waiting for the build started at \d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d \(pid {Environment.ProcessId}\)", secondOut.ToString());
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task A_build_in_another_process_waits_while_the_lock_is_held_and_runs_once_it_is_released()
    {
        var held = await BuildLock.AcquireAsync(_run.Root, TextWriter.Null);
        var program = Path.Combine(AppContext.BaseDirectory, "Mlops.Targets.SampleBuild.dll");
        Assert.True(File.Exists(program), $"{program} is missing: the test project builds the sample build program alongside");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { program, "Prepare", "--root", _run.Root.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["CI"] = "true"; // no workflow files to regenerate in the sample root
        start.Environment["GITHUB_ACTIONS"] = "";
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new List<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(e.Data);
            }

            if (e.Data.StartsWith("Waiting for", StringComparison.Ordinal))
            {
                waiting.TrySetResult();
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        try
        {
            // A program that ends at once (it cannot start, or does not wait) fails here with its output, not after the patience.
            await Task.WhenAny(waiting.Task, process.WaitForExitAsync()).WaitAsync(Patience);
            Assert.True(waiting.Task.IsCompleted, "the second build did not wait: " + string.Join('\n', output));
            Assert.False(Directory.Exists(_run.Root / "artifacts"), "the waiting build must not have started its targets");
        }
        finally
        {
            held.Dispose();
        }

        await process.WaitForExitAsync().WaitAsync(Patience);
        Assert.Equal(0, process.ExitCode);
        Assert.True(Directory.Exists(_run.Root / "artifacts"), string.Join('\n', output));
        Assert.Contains(output, line => line.Contains($"(pid {Environment.ProcessId})", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_crashed_build_leaves_behind_does_not_block_the_next()
    {
        // A killed build leaves both files; the OS has released its lock with the process.
        _run.WriteFile(".nuke/temp/build.lock", "");
        _run.WriteFile(".nuke/temp/build.lock.owner", "999999 2026-01-01T00:00:00.0000000+00:00");

        _run.Run(new Turns(), "Quick");

        Assert.Equal(0, _run.ExitCode);
        Assert.DoesNotContain("Waiting for", _run.Output, StringComparison.Ordinal);
    }

    private int RunIn(Turns build, string target, TextWriter output) =>
        MlopsBuild.Run(build, [target, "--root", _run.Root], new BuildConsole(output, output, UseColors: false), _run.Environment);

    public void Dispose() => _run.Dispose();

    /// <summary>A console that signals when a line starting with a given text is written.</summary>
    private sealed class WatchedWriter(string start) : StringWriter
    {
        private readonly Lock _gate = new();
        private readonly TaskCompletionSource _seen = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Seen => _seen.Task;

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }

            if (value?.StartsWith(start, StringComparison.Ordinal) == true)
            {
                _seen.TrySetResult();
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }
}
