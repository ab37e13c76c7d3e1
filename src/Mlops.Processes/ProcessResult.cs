namespace Mlops.Processes;

/// <summary>How a program ended and what it printed (standard output and error, interleaved as read).</summary>
public sealed record ProcessResult(string Command, int ExitCode, IReadOnlyList<string> Output, TimeSpan Duration)
{
    /// <summary>Only what the program wrote to standard output, for output that is parsed (warnings go to standard error).</summary>
    public IReadOnlyList<string> StandardOutput { get; init; } = [];

    /// <summary>Only what the program wrote to standard error.</summary>
    public IReadOnlyList<string> StandardError { get; init; } = [];

    public bool Succeeded => ExitCode == 0;

    /// <summary>The result, or a failure naming the command, its exit code and the last lines it printed.</summary>
    public ProcessResult EnsureSuccess() => Succeeded ? this : throw new ProcessFailedException(this);
}

/// <summary>A program exited non-zero. The message names the command and ends with its last lines of output.</summary>
public sealed class ProcessFailedException : Exception
{
    public ProcessFailedException(ProcessResult result)
        : base($"{result.Command} exited with code {result.ExitCode}.{Tail(result.Output)}") => Result = result;

    public ProcessFailedException() { }

    public ProcessFailedException(string message) : base(message) { }

    public ProcessFailedException(string message, Exception inner) : base(message, inner) { }

    public ProcessResult? Result { get; }

    private static string Tail(IReadOnlyList<string> output)
    {
        var last = output.Where(l => !string.IsNullOrWhiteSpace(l)).TakeLast(5).ToList();
        return last.Count == 0 ? "" : " Last output:\n" + string.Join("\n", last);
    }
}
