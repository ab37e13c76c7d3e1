using System.Reflection;
using System.Text.RegularExpressions;
using Mlops.Names;
using Mlops.Targets.GitHubActions.Internal.Yaml;

namespace Mlops.Targets.GitHubActions.Internal.Workflows;

/// <summary>
/// Turns each <see cref="GitHubWorkflowAttribute"/> of a build into a workflow file: one job per target running
/// <c>./build.sh &lt;targets&gt; --skip</c>, <c>needs:</c> from the graph, artifacts from Produces/Consumes, least
/// privilege per job, every action pinned to a commit. Declarations that cannot work are errors naming them.
/// </summary>
internal sealed partial class WorkflowGenerator(TargetCatalog catalog, IReadOnlyList<ParameterMember> parameters, MlopsBuild build)
{
    public const string Directory = ".github/workflows";

    public IReadOnlyList<GeneratedWorkflow> GenerateAll()
    {
        var declarations = build.GetType().GetCustomAttributes<GitHubWorkflowAttribute>(inherit: true).ToList();
        var repeated = declarations.GroupBy(d => d.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return repeated is not null
            ? throw new BuildInputException($"Workflow '{repeated.Key}' is declared {repeated.Count()} times.")
            : declarations.OrderBy(d => d.Name, StringComparer.Ordinal).Select(Generate).ToList();
    }

    private GeneratedWorkflow Generate(GitHubWorkflowAttribute workflow)
    {
        var label = $"Workflow '{workflow.Name}'";
        if (!WorkflowName().IsMatch(workflow.Name))
        {
            throw new BuildInputException($"{label}: a workflow name is lower-case letters, digits, '-' and '_' (it names the file).");
        }

        if (workflow.On.Length == 0 || workflow.InvokedTargets.Length == 0)
        {
            throw new BuildInputException($"{label} needs at least one trigger (On) and one target (InvokedTargets).");
        }

        var invoked = workflow.InvokedTargets.Select(name => catalog.Find(name) ?? throw new BuildInputException(
            $"{label} invokes unknown target '{name}'.{DidYouMean.OrKnown(name, catalog.Targets.Select(t => t.Name))}")).ToList();
        try
        {
            catalog.ThrowIfCycle();
        }
        catch (BuildInputException cycle)
        {
            throw new BuildInputException($"{label}: {cycle.Message}", cycle);
        }

        var jobs = WorkflowJobPlan.Create(invoked, catalog);
        var inputs = workflow.Inputs.Select(name => Parameter(label, name, "input")).ToList();
        if (inputs.Count > 0 && !workflow.On.Contains(GitHubTrigger.WorkflowDispatch))
        {
            throw new BuildInputException($"{label} declares inputs, which only the WorkflowDispatch trigger offers.");
        }

        var required = jobs.SelectMany(j => j.Runs).SelectMany(t => t.RequiredParameters).ToHashSet();
        var used = jobs.SelectMany(j => j.Runs).SelectMany(t => t.UsedSecrets).Concat(required).ToHashSet();
        var secrets = workflow.ImportSecrets.Select(name => Secret(label, name, used)).ToList();
        var variables = workflow.ImportVariables.Select(name => Variable(label, name, required)).ToList();

        var document = new YamlMap
        {
            { "name", workflow.Name },
            { "on", Triggers(workflow, inputs, required) },
            { "permissions", new YamlMap { { "contents", "read" } } },
            { "concurrency", new YamlMap
                {
                    { "group", workflow.ConcurrencyGroup ?? $"{workflow.Name}-${{{{ github.ref }}}}" },
                    { "cancel-in-progress", YamlScalar.Of(workflow.CancelInProgress) },
                }
            },
            { "env", Environment(inputs) },
            { "jobs", Jobs(workflow, label, jobs, new JobEnvironment(secrets, variables)) },
        };

        string[] header =
        [
            $"{WorkflowFiles.Marker[2..]} and the [GitHubWorkflow(\"{workflow.Name}\")] declaration in build/.",
            "Do not edit by hand: regenerate with ./build.sh --generate-ci (every local build run does it too).",
            "CI's Lint target fails when this file differs from what the build generates.",
        ];
        return new GeneratedWorkflow(workflow.Name, $"{Directory}/{workflow.Name}.yml", YamlWriter.Write(document, header));
    }

    private YamlMap Triggers(GitHubWorkflowAttribute workflow, List<ParameterMember> inputs, HashSet<string> required)
    {
        var on = new YamlMap();
        foreach (var trigger in workflow.On.Distinct())
        {
            switch (trigger)
            {
                case GitHubTrigger.Push:
                    on.Add("push", Filters(("branches", workflow.PushBranches), ("tags", workflow.PushTags), ("paths", workflow.Paths)));
                    break;
                case GitHubTrigger.PullRequest:
                    on.Add("pull_request", Filters(("branches", workflow.PullRequestBranches), ("paths", workflow.Paths)));
                    break;
                case GitHubTrigger.WorkflowDispatch:
                    on.Add("workflow_dispatch", inputs.Count == 0 ? new YamlMap()
                        : new YamlMap { { "inputs", WorkflowInputs.Declare(workflow.Name, inputs, build, required) } });
                    break;
            }
        }

        return on;
    }

    private static YamlMap Filters(params (string Key, string[] Values)[] filters)
    {
        var map = new YamlMap();
        foreach (var (key, values) in filters.Where(f => f.Values.Length > 0))
        {
            map.Add(key, new YamlSequence(values.Select(v => (YamlNode)v)));
        }

        return map;
    }

    private static YamlMap Environment(List<ParameterMember> inputs)
    {
        var env = new YamlMap
        {
            { "DOTNET_NOLOGO", YamlScalar.Of(true) },
            { "DOTNET_CLI_TELEMETRY_OPTOUT", YamlScalar.Of(true) },
        };
        foreach (var input in inputs)
        {
            env.Add(WorkflowInputs.VariableName(input), $"${{{{ inputs.{WorkflowInputs.OptionName(input)} }}}}");
        }

        return env;
    }

    private YamlMap Jobs(GitHubWorkflowAttribute workflow, string label, List<WorkflowJob> jobs, JobEnvironment imported)
    {
        var map = new YamlMap();
        foreach (var job in jobs)
        {
            var settings = job.Target.Extension<GitHubJobSettings>() ?? new GitHubJobSettings();
            var permissions = GitHubPermissions.ForJob(job.Runs.SelectMany(t => (t.Extension<GitHubJobSettings>()?.Permissions ?? [])
                .Select(p => GitHubPermissions.Parse(p, $"{label}, target '{t.Name}'"))));
            var pushesToGit = permissions["contents"] == "write";
            var yaml = new YamlMap
            {
                { "name", job.Target.Name },
                { "needs", job.Needs.Count == 0 ? null : new YamlSequence(job.Needs.Select(n => (YamlNode)n.Id)) },
                { "if", settings.Conditions.Count == 0 ? null : new YamlScalar(string.Join(" && ", settings.Conditions.Select(c => c.Expression))) },
                { "runs-on", workflow.RunsOn.Length == 1 ? workflow.RunsOn[0] : new YamlSequence(workflow.RunsOn.Select(r => (YamlNode)r)) },
                { "timeout-minutes", YamlScalar.Of(workflow.TimeoutMinutes) },
                { "permissions", Permissions(permissions) },
                { "environment", Deployment(settings) },
                { "steps", new JobSteps(build.RootDirectory, label).Create(job, jobs, imported, pushesToGit) },
            };
            map.Add(job.Id, yaml);
        }

        return map;
    }

    private static YamlMap Permissions(SortedDictionary<string, string> permissions)
    {
        var map = new YamlMap();
        foreach (var (scope, level) in permissions)
        {
            map.Add(scope, level);
        }

        return map;
    }

    private static YamlNode? Deployment(GitHubJobSettings settings) => settings.Environment switch
    {
        null => null,
        ({ } name, null) => name,
        ({ } name, { } url) => new YamlMap { { "name", name }, { "url", url } },
    };

    private ParameterMember Parameter(string label, string name, string role) =>
        parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? throw new BuildInputException(
            $"{label}: {role} '{name}' is not a parameter of this build.{DidYouMean.OrKnown(name, parameters.Select(p => p.Name))}");

    private ParameterMember Secret(string label, string name, HashSet<string> used)
    {
        var parameter = Parameter(label, name, "secret");
        return !parameter.IsSecret ? throw new BuildInputException($"{label}: '{name}' is imported as a secret but is not marked [Secret].")
            : !used.Contains(parameter.Name) ? throw new BuildInputException(
                $"{label}: secret '{name}' is imported but no target in the workflow requires or uses it (add .Requires(() => {name}) or .UsesSecrets(() => {name}) to the target that reads it).")
            : parameter;
    }

    private ParameterMember Variable(string label, string name, HashSet<string> required)
    {
        var parameter = Parameter(label, name, "variable");
        return parameter.IsSecret ? throw new BuildInputException(
                $"{label}: '{name}' is [Secret] and cannot come from a repository variable, which anyone who can read the repository sees; import it with ImportSecrets.")
            : !required.Contains(parameter.Name) ? throw new BuildInputException(
                $"{label}: variable '{name}' is imported but no target in the workflow requires it (add .Requires(() => {name}) to the target that reads it).")
            : parameter;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex WorkflowName();
}
