namespace Mlops.Launcher.Tests;

/// <summary>One run of the launcher: its exit code and what it printed on standard output and on standard error.</summary>
public sealed record Launch(int ExitCode, IReadOnlyList<string> Output, IReadOnlyList<string> Error)
{
    public override string ToString() =>
        $"exit {ExitCode}\n--- stdout\n{string.Join('\n', Output)}\n--- stderr\n{string.Join('\n', Error)}";
}
