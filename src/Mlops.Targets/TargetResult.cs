namespace Mlops.Targets;

/// <summary>How one planned target ended: a row of the summary table.</summary>
public sealed record TargetResult(string Name, TargetStatus Status, TimeSpan Duration, string? Note)
{
    /// <summary>Whether it ran at all (a duration means something only then).</summary>
    public bool Ran => Status is TargetStatus.Succeeded or TargetStatus.Failed;

    /// <summary>"4.2s", "1m 05s": how the engine and its extensions show a duration.</summary>
    public static string Format(TimeSpan duration) =>
        duration.TotalSeconds < 60 ? $"{duration.TotalSeconds:0.0}s" : $"{(int)duration.TotalMinutes}m {duration.Seconds:00}s";
}
