using Mlops.Files;
using Mlops.Targets.GitHubActions.Internal.Yaml;

namespace Mlops.Targets.GitHubActions.Internal.Workflows;

/// <summary>
/// The steps of one job: check out (credentials kept only for jobs that push to git), .NET from global.json, the
/// NuGet cache, downloads of what its targets consume, <c>./build.sh &lt;targets&gt; --skip</c> with the secrets and
/// repository variables its targets require in <c>env:</c>, and uploads of what it produces. Every action is pinned
/// to a commit.
/// </summary>
internal sealed class JobSteps(AbsolutePath root, string label)
{
    public YamlSequence Create(WorkflowJob job, List<WorkflowJob> jobs, JobEnvironment imported, bool pushesToGit)
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

        foreach (var (name, path) in Downloads(job, jobs))
        {
            steps.Add(new YamlMap
            {
                { "name", $"Download {name}" },
                { "uses", Uses(ActionPins.DownloadArtifact) },
                { "with", new YamlMap { { "name", name }, { "path", Artifacts.DownloadPath(path) } } },
            });
        }

        var command = $"./build.sh {string.Join(" ", job.Runs.Select(t => t.Name))} --skip";
        var env = imported.For(job);
        steps.Add(new YamlMap { { "name", job.Target.Name }, { "run", command }, { "env", env.Count == 0 ? null : env } });

        foreach (var path in Artifacts.Produced(job.Target, root, label))
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
    private IEnumerable<(string Name, string Path)> Downloads(WorkflowJob job, List<WorkflowJob> jobs)
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

                var produced = Artifacts.Produced(producer, root, label);
                foreach (var path in paths.Count == 0 ? produced : paths.Select(p => Artifacts.Relative(p, root, label)))
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

    private static YamlScalar Uses(PinnedAction action) => new(action.Uses, action.Version);
}
