using System.Reflection;
using System.Text.RegularExpressions;
using Mlops.Targets.GitHubActions;
using Mlops.Targets.Internal.Yaml;

namespace Mlops.Targets.Internal.Workflows;

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
            $"{label} invokes unknown target '{name}'.{NearestNames.Suggest(name, catalog.Targets.Select(t => t.Name))}")).ToList();
        try
        {
            GraphCycles.ThrowIfAny(catalog);
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

        var required = jobs.SelectMany(j => j.Runs).SelectMany(t => t.Definition.RequiredParameters).Select(r => r.MemberName).ToHashSet();
        var secrets = workflow.ImportSecrets.Select(name => Secret(label, name, required)).ToList();

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
            { "jobs", Jobs(workflow, label, jobs, secrets) },
        };

        string[] header =
        [
            $"{GitHubWorkflows.Marker[2..]} and the [GitHubWorkflow(\"{workflow.Name}\")] declaration in build/.",
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

    private YamlMap Jobs(GitHubWorkflowAttribute workflow, string label, List<WorkflowJob> jobs, List<ParameterMember> secrets)
    {
        var map = new YamlMap();
        foreach (var job in jobs)
        {
            var definition = job.Target.Definition;
            var permissions = GitHubPermissions.ForJob(job.Runs.SelectMany(t => t.Definition.PermissionDeclarations
                .Select(p => GitHubPermissions.Parse(p, $"{label}, target '{t.Name}'"))));
            var pushesToGit = permissions["contents"] == "write";
            var yaml = new YamlMap
            {
                { "name", job.Target.Name },
                { "needs", job.Needs.Count == 0 ? null : new YamlSequence(job.Needs.Select(n => (YamlNode)n.Id)) },
                { "if", definition.GitHubConditions.Count == 0 ? null : new YamlScalar(string.Join(" && ", definition.GitHubConditions.Select(c => c.Expression))) },
                { "runs-on", workflow.RunsOn.Length == 1 ? workflow.RunsOn[0] : new YamlSequence(workflow.RunsOn.Select(r => (YamlNode)r)) },
                { "timeout-minutes", YamlScalar.Of(workflow.TimeoutMinutes) },
                { "permissions", Permissions(permissions) },
                { "environment", Deployment(definition) },
                { "steps", Steps(label, job, jobs, secrets, pushesToGit) },
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

    private static YamlNode? Deployment(TargetDefinition definition) => definition.DeploymentEnvironment switch
    {
        null => null,
        ({ } name, null) => name,
        ({ } name, { } url) => new YamlMap { { "name", name }, { "url", url } },
    };

    private YamlSequence Steps(string label, WorkflowJob job, List<WorkflowJob> jobs, List<ParameterMember> secrets, bool pushesToGit)
    {
        var steps = new YamlSequence
        {
            new YamlMap
            {
                { "name", "Check out" },
                { "uses", Uses(ActionPins.Checkout) },
                { "with", new YamlMap { { "persist-credentials", YamlScalar.Of(pushesToGit) } } },
            },
            new YamlMap
            {
                { "name", "Set up .NET (global.json)" },
                { "uses", Uses(ActionPins.SetupDotNet) },
                { "with", new YamlMap { { "global-json-file", "global.json" } } },
            },
            new YamlMap
            {
                { "name", "Cache NuGet packages" },
                { "uses", Uses(ActionPins.Cache) },
                { "with", new YamlMap
                    {
                        { "path", "~/.nuget/packages" },
                        { "key", "nuget-${{ runner.os }}-${{ hashFiles('global.json', 'Directory.Packages.props', '**/*.csproj') }}" },
                        { "restore-keys", "nuget-${{ runner.os }}-" },
                    }
                },
            },
        };

        foreach (var (name, path) in Downloads(label, job, jobs))
        {
            steps.Add(new YamlMap
            {
                { "name", $"Download {name}" },
                { "uses", Uses(ActionPins.DownloadArtifact) },
                { "with", new YamlMap { { "name", name }, { "path", Artifacts.DownloadPath(path) } } },
            });
        }

        var command = $"./build.sh {string.Join(" ", job.Runs.Select(t => t.Name))} --skip";
        var jobSecrets = secrets.Where(s => job.Runs.Any(t => t.Definition.RequiredParameters.Any(r => r.MemberName == s.Name))).ToList();
        var env = new YamlMap();
        foreach (var secret in jobSecrets)
        {
            // Secrets reach the build through the environment only, never interpolated into the command.
            env.Add(WorkflowInputs.VariableName(secret), $"${{{{ secrets.{WorkflowInputs.VariableName(secret)} }}}}");
        }

        steps.Add(new YamlMap { { "name", job.Target.Name }, { "run", command }, { "env", env.Count == 0 ? null : env } });

        foreach (var path in Artifacts.Produced(job.Target, build.RootDirectory, label))
        {
            steps.Add(new YamlMap
            {
                { "name", $"Upload {Artifacts.Name(job.Target, path)}" },
                { "uses", Uses(ActionPins.UploadArtifact) },
                { "with", new YamlMap
                    {
                        { "name", Artifacts.Name(job.Target, path) },
                        { "path", path },
                        { "if-no-files-found", "error" },
                        { "retention-days", YamlScalar.Of(7) },
                    }
                },
            });
        }

        return steps;
    }

    /// <summary>What the job's targets consume from other jobs: each must be a job this one (transitively) needs.</summary>
    private IEnumerable<(string Name, string Path)> Downloads(string label, WorkflowJob job, List<WorkflowJob> jobs)
    {
        var downloads = new List<(string, string)>();
        foreach (var consumer in job.Runs)
        {
            foreach (var (producer, paths) in consumer.Consumes)
            {
                if (job.Runs.Contains(producer))
                {
                    continue; // made in this very job
                }

                var producing = jobs.FirstOrDefault(j => j.Target == producer) ?? throw new BuildInputException(
                    $"{label}: target '{consumer.Name}' consumes from '{producer.Name}', which has no job of its own in this workflow.");
                if (!job.Ancestors.Contains(producing))
                {
                    throw new BuildInputException($"{label}: target '{consumer.Name}' consumes from '{producer.Name}', but job '{job.Id}' does not need job '{producing.Id}'.");
                }

                var produced = Artifacts.Produced(producer, build.RootDirectory, label);
                foreach (var path in paths.Length == 0 ? produced : paths.Select(p => Artifacts.Relative(p, build.RootDirectory, label)))
                {
                    if (!produced.Contains(path))
                    {
                        throw new BuildInputException($"{label}: target '{consumer.Name}' consumes '{path}' from '{producer.Name}', which does not produce it.");
                    }

                    downloads.Add((Artifacts.Name(producer, path), path));
                }
            }
        }

        return downloads.Distinct();
    }

    private ParameterMember Parameter(string label, string name, string role) =>
        parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? throw new BuildInputException(
            $"{label}: {role} '{name}' is not a parameter of this build.{NearestNames.Suggest(name, parameters.Select(p => p.Name))}");

    private ParameterMember Secret(string label, string name, HashSet<string> required)
    {
        var parameter = Parameter(label, name, "secret");
        return !parameter.IsSecret ? throw new BuildInputException($"{label}: '{name}' is imported as a secret but is not marked [Secret].")
            : !required.Contains(parameter.Name) ? throw new BuildInputException(
                $"{label}: secret '{name}' is imported but no target in the workflow requires it (add .Requires(() => {name}) to the target that uses it).")
            : parameter;
    }

    private static YamlScalar Uses(PinnedAction action) => new(action.Uses, action.Version);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex WorkflowName();
}
