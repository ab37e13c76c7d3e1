using System.Diagnostics;
using Serilog;

namespace Mlops.Processes;

/// <summary>
/// Starts a program with an argument list (never a shell string, so nothing is re-quoted or injected), streams each
/// line it prints to the log as it comes, and returns the whole result. The log masks secrets, so a token passed as
/// an argument or printed by the tool does not leak.
/// </summary>
public sealed class ProcessRunner
{
    /// <summary>Log the program's lines (default) or only collect them (for output that is parsed, or timed runs).</summary>
    public bool Echo { get; init; } = true;

    /// <summary>Which printed lines go to the log (all are still collected); for tools that print noise such as empty summaries.</summary>
    public Func<string, bool> Shows { get; init; } = _ => true;

    /// <summary>Extra environment variables for the program.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public async Task<ProcessResult> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null,
        CancellationToken cancellation = default)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Directory.GetCurrentDirectory(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        var command = Display(program, start.ArgumentList);
        if (Echo)
        {
            Log.Information("> {Command:l}", command);
        }

        var output = new List<string>();
        var standardOutput = new List<string>();
        var standardError = new List<string>();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        void Collect(string? line, bool isError)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
                (isError ? standardError : standardOutput).Add(line);
            }

            if (Echo && Shows(line))
            {
                if (isError)
                {
                    Log.Warning("{Line:l}", line);
                }
                else
                {
                    Log.Information("{Line:l}", line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Collect(e.Data, isError: true);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ProcessFailedException($"Could not start {program}: {e.Message}. Is it installed and on PATH?", e);
        }

        process.StandardInput.Close(); // nothing waits for a keyboard here
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ProcessResult(command, process.ExitCode, output, clock.Elapsed) { StandardOutput = standardOutput, StandardError = standardError };
    }

    private static string Display(string program, IEnumerable<string> arguments) =>
        string.Join(" ", arguments.Prepend(Path.GetFileName(program)).Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));
}
