namespace Mlops.Targets.Internal.Simulation;

/// <summary>--simulate: runs a generated workflow file locally, job by job, each in a clean clone.</summary>
internal static class WorkflowSimulation
{
    public static Task<int> RunAsync(AbsolutePath root, BuildOptions options, BuildConsole console, IReadOnlyDictionary<string, string> environment) =>
        throw new BuildInputException("--simulate is not available yet.");
}
