namespace Mlops.Targets;

/// <summary>What a build's exit code means (the launcher adds 127: no dotnet).</summary>
public static class BuildExitCode
{
    public const int Succeeded = 0;

    /// <summary>A target (or a simulated job) failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: unknown target, cycle, missing or unparsable parameter, malformed file; one line names it.</summary>
    public const int BadInput = 2;

    /// <summary>The engine itself failed: a bug to report, with the stack trace printed.</summary>
    public const int InternalError = 3;
}
