using Mlops.Targets.GitHubActions.Internal.Yaml;

namespace Mlops.Targets.GitHubActions.Internal.Workflows;

/// <summary>
/// The imported secrets and repository variables a job's build step gets in <c>env:</c>: only those its targets
/// require (or, for secrets, use), each under the name the build reads (DataRemote → DATA_REMOTE).
/// </summary>
internal sealed class JobEnvironment(List<ParameterMember> secrets, List<ParameterMember> variables)
{
    public YamlMap For(WorkflowJob job)
    {
        var required = job.Runs.SelectMany(t => t.RequiredParameters).ToHashSet();
        var usedSecrets = job.Runs.SelectMany(t => t.UsedSecrets).Concat(required).ToHashSet();
        var env = new YamlMap();
        foreach (var secret in secrets.Where(s => usedSecrets.Contains(s.Name)))
        {
            // Secrets reach the build through the environment only, never interpolated into the command.
            env.Add(WorkflowInputs.VariableName(secret), $"${{{{ secrets.{WorkflowInputs.VariableName(secret)} }}}}");
        }

        foreach (var variable in variables.Where(v => required.Contains(v.Name)))
        {
            env.Add(WorkflowInputs.VariableName(variable), $"${{{{ vars.{WorkflowInputs.VariableName(variable)} }}}}");
        }

        return env;
    }
}
