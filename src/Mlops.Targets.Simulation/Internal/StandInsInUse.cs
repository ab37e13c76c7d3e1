using Serilog;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// The stand-ins of one simulation: each started once, before the first job it serves, and stopped when the
/// simulation ends. A job gets the runner's environment with the variables of the stand-ins that serve it.
/// </summary>
internal sealed class StandInsInUse(IReadOnlyList<RunnerStandIn> standIns) : IDisposable
{
    private readonly Dictionary<RunnerStandIn, IReadOnlyDictionary<string, string>> _started = [];

    /// <summary>This machine's environment for the job, with what stands in for the runner's services added and said.</summary>
    public async Task<IReadOnlyDictionary<string, string>> EnvironmentForAsync(WorkflowFileJob job, IReadOnlyDictionary<string, string> machine)
    {
        var environment = new Dictionary<string, string>(machine, StringComparer.Ordinal);
        foreach (var standIn in standIns.Where(s => s.Serves(job.Name)))
        {
            if (!_started.TryGetValue(standIn, out var variables))
            {
                Log.Information("Starting what stands in for the runner: {StandIn}", standIn.Description);
                variables = await standIn.StartAsync();
                _started[standIn] = variables;
            }

            Log.Information("Job {Job} runs against a stand-in, not the runner's own: {StandIn}; {Variables}", job.Id, standIn.Description,
                string.Join(", ", variables.Select(v => $"{v.Key}={v.Value}")));
            foreach (var (name, value) in variables)
            {
                environment[name] = value;
            }
        }

        return environment;
    }

    /// <summary>What the simulation stood in with, for its closing summary.</summary>
    public IEnumerable<string> Used => _started.Keys.Select(s => s.Description);

    public void Dispose()
    {
        foreach (var standIn in _started.Keys)
        {
            standIn.Stop?.Invoke();
        }
    }
}
