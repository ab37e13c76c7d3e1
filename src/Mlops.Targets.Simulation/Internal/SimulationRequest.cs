namespace Mlops.Targets.Simulation.Internal;

/// <summary>What --simulate was asked: the workflow, the event, the ref, the workflow_dispatch inputs and the repository variables.</summary>
internal sealed record SimulationRequest(string Workflow, string? Event, string? Ref, IReadOnlyDictionary<string, string> Inputs, RepositoryVariables Variables)
{
    public static SimulationRequest From(BuildArguments arguments)
    {
        var inputs = new Dictionary<string, string>();
        foreach (var pair in arguments.Values("input"))
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
            {
                throw new BuildInputException($"Option --input takes name=value, not '{pair}'.");
            }

            inputs[pair[..split]] = pair[(split + 1)..];
        }

        return new SimulationRequest(arguments.Value("simulate")!, arguments.Value("event"), arguments.Value("ref"), inputs,
            RepositoryVariables.Parse(arguments.Values("var")));
    }
}
