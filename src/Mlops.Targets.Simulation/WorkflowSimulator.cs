using Mlops.Targets.Simulation.Internal;

namespace Mlops.Targets.Simulation;

/// <summary>
/// <c>--simulate &lt;workflow&gt; --event &lt;name&gt; [--ref …] [--input name=value…] [--var NAME=value…]</c>: runs a committed workflow file on
/// this machine as GitHub would for that event — its <c>if:</c> decided with GitHub's expression rules, jobs in
/// <c>needs:</c> order, each in a clean clone of the current commit, artifacts handed from job to job, GITHUB_* set as
/// a runner sets them. What the runner offers and this machine lacks (its Docker, a registry) comes from the
/// <see cref="RunnerStandIn"/>s the build names, each said in the output.
/// </summary>
public sealed class WorkflowSimulator(params RunnerStandIn[] standIns) : IBuildExtension
{
    public IReadOnlyList<IBuildMode> Modes => [new SimulateMode(standIns)];

    private sealed class SimulateMode(IReadOnlyList<RunnerStandIn> standIns) : IBuildMode
    {
        public IReadOnlyList<BuildOption> Options { get; } =
        [
            new("simulate", MaxValues: 1, "--simulate <workflow>", "run a committed workflow locally, job by job, in clean clones"),
            new("event", MaxValues: 1, "--event <name>", "with --simulate: push, pull_request or workflow_dispatch"),
            new("ref", MaxValues: 1, "--ref <ref>", "with --simulate: the ref, e.g. refs/heads/main"),
            new("input", MaxValues: int.MaxValue, "--input <name=value…>", "with --simulate: workflow_dispatch inputs"),
            new("var", MaxValues: int.MaxValue, "--var <NAME=value…>", "with --simulate: repository variables (vars.NAME); unset ones read as empty"),
        ];

        public bool IsChosen(BuildContext context) => context.Arguments.Has("simulate");

        public Task<int> RunAsync(BuildContext context) => WorkflowSimulation.RunAsync(context, SimulationRequest.From(context.Arguments), standIns);
    }
}
