namespace Mlops.Targets.Simulation;

/// <summary>
/// Something a GitHub-hosted runner offers that this machine lacks, and what stands in for it when a workflow is
/// simulated: e.g. the runner's Docker and ghcr.io, stood in for by a local engine and registry. It is started before
/// the first of its <see cref="Jobs"/> that runs, its variables reach only those jobs' steps (as the runner's own
/// environment would), the simulation names it and every variable it sets, and it is stopped when the simulation
/// ends — so nothing stood in for passes for the real thing.
/// <code>new WorkflowSimulator(new RunnerStandIn("Up's engine and registry", [nameof(Docker)], StartAsync, Stop))</code>
/// </summary>
/// <param name="description">What stands in, in the user's words, for the simulation's output.</param>
/// <param name="jobs">The jobs that get it, by name (a generated job is named after its target).</param>
/// <param name="startAsync">Starts it (or finds it running) and returns the variables its jobs get.</param>
/// <param name="stop">Stops what <paramref name="startAsync"/> started, if it started anything.</param>
public sealed class RunnerStandIn(string description, IReadOnlyList<string> jobs, Func<Task<IReadOnlyDictionary<string, string>>> startAsync,
    Action? stop = null)
{
    public string Description { get; } = string.IsNullOrWhiteSpace(description) ? throw new ArgumentException("Say what stands in.", nameof(description)) : description;

    public IReadOnlyList<string> Jobs { get; } = jobs ?? throw new ArgumentNullException(nameof(jobs));

    internal Func<Task<IReadOnlyDictionary<string, string>>> StartAsync { get; } = startAsync ?? throw new ArgumentNullException(nameof(startAsync));

    internal Action? Stop { get; } = stop;

    public bool Serves(string jobName) => Jobs.Contains(jobName, StringComparer.OrdinalIgnoreCase);
}
