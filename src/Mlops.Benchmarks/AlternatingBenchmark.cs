using System.Diagnostics;
using Mlops.Processes;

namespace Mlops.Benchmarks;

/// <summary>
/// Times several commands in rounds, one of each per round, so drift on the machine (other load, caches, thermal)
/// hits every command alike and their ratio stays honest. Each round's order rotates too.
/// </summary>
internal sealed class AlternatingBenchmark(string workingDirectory, IProgress<int>? progress = null)
{
    private readonly ProcessRunner _runner = new() { Echo = false };

    public async Task<IReadOnlyList<CommandTimings>> RunAsync(IReadOnlyList<BenchmarkCommand> commands, int rounds, int warmupRounds = 1)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var samples = commands.ToDictionary(c => c, _ => new List<TimeSpan>());
        for (var round = -warmupRounds; round < rounds; round++)
        {
            for (var i = 0; i < commands.Count; i++)
            {
                var command = commands[(i + Math.Max(round, 0)) % commands.Count];
                var elapsed = await TimeAsync(command);
                if (round >= 0)
                {
                    samples[command].Add(elapsed);
                }
            }

            if (round >= 0)
            {
                progress?.Report(round + 1);
            }
        }

        return commands.Select(c => new CommandTimings(c, samples[c])).ToList();
    }

    private async Task<TimeSpan> TimeAsync(BenchmarkCommand command)
    {
        await Task.Delay(command.SettleFirst);
        var clock = Stopwatch.StartNew();
        foreach (var step in command.Steps)
        {
            var result = await _runner.RunAsync(step.Program, step.Arguments, workingDirectory);
            if (!result.Succeeded)
            {
                throw new ProcessFailedException($"Benchmark command '{command.Name}' failed: {step} exited with {result.ExitCode}.{Environment.NewLine}{string.Join(Environment.NewLine, result.Output.TakeLast(5))}");
            }
        }

        return clock.Elapsed;
    }
}

/// <summary>The samples of one command and their median (the statistic least moved by a stray slow run).</summary>
internal sealed record CommandTimings(BenchmarkCommand Command, IReadOnlyList<TimeSpan> Samples)
{
    public TimeSpan Median => Samples.Count == 0 ? TimeSpan.Zero : MedianOf(Samples);

    public static TimeSpan MedianOf(IReadOnlyList<TimeSpan> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sorted = samples.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
