using System.Diagnostics;
using Mlops.Processes;
using Mlops.Targets.Simulation.Internal.Expressions;
using Serilog;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// Runs one job's steps as a runner would: each step's <c>if:</c> decided by the expression rules, <c>${{ }}</c>
/// interpolated, <c>run:</c> in bash with <c>-eo pipefail</c> in the clone, the artifact actions against the store.
/// Checkout, set-up and cache actions are what the clean clone and this machine already provide.
/// </summary>
internal sealed class SimulatedJob(WorkflowFile workflow, WorkflowFileJob job, SimulatedEvent simulated, RepositoryVariables vars, ArtifactStore artifacts,
    IReadOnlyDictionary<string, string> machine, IReadOnlyDictionary<string, object?> needs, bool colors, SecretMasker masker)
{
    private static readonly string[] Provided = ["actions/checkout", "actions/setup-dotnet", "actions/setup-node", "actions/cache"];

    public async Task<JobResult> RunAsync(JobWorkspace workspace)
    {
        var clock = Stopwatch.StartNew();
        var variables = simulated.Variables(workflow.Name, job.Id, workspace.Repository, workspace.RunnerTemp, workspace.EventFile);
        variables["GITHUB_STEP_SUMMARY"] = workspace.SummaryFile;
        variables["GITHUB_ENV"] = workspace.EnvFile;
        File.WriteAllText(workspace.EventFile, simulated.EventJson());

        // The workflow's env, then the job's, each evaluated once as the job starts.
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in workflow.Env.Concat(job.Env))
        {
            env[name] = GitHubExpression.Interpolate(value, Context(variables, env, JobStatus.Success));
        }

        var failed = false;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(job.TimeoutMinutes));
        foreach (var step in job.Steps)
        {
            var context = Context(variables, env, failed ? JobStatus.Failure : JobStatus.Success);

            if (!GitHubExpression.EvaluateCondition(step.If, context))
            {
                Log.Information("Skipped step {Step} (if: {Condition})", step.Title, step.If ?? "success()");
                continue;
            }

            try
            {
                await RunStepAsync(step, workspace, variables, env, context, timeout.Token);
            }
            catch (Exception failure) when (failure is SimulatedStepFailure or ExpressionException or NotSupportedException)
            {
                Log.Error("Step {Step} failed: {Reason}", step.Title, failure.Message);
                failed = true;
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                Log.Error("The job ran past its timeout-minutes ({Minutes}) and was cancelled", job.TimeoutMinutes);
                return new JobResult(job.Id, "failure", clock.Elapsed, $"timed out after {job.TimeoutMinutes} min");
            }

            foreach (var (name, value) in workspace.ReadEnvFile())
            {
                env[name] = value;
            }
        }

        return new JobResult(job.Id, failed ? "failure" : "success", clock.Elapsed, failed ? "a step failed" : "");
    }

    private async Task RunStepAsync(WorkflowFileStep step, JobWorkspace workspace, Dictionary<string, string> variables,
        Dictionary<string, string> env, ExpressionContext context, CancellationToken cancellation)
    {
        // Inputs are evaluated only for actions the simulation performs (a cache key's hashFiles() is not).
        Dictionary<string, string> With() => step.With.ToDictionary(w => w.Key, w => GitHubExpression.Interpolate(w.Value, context));
        switch (step.Action)
        {
            case null when step.Run is not null:
                await RunScriptAsync(step, workspace, variables, env, context, cancellation);
                break;
            case "actions/upload-artifact":
                var with = With();
                var uploaded = artifacts.Upload(workspace.Repository, with.GetValueOrDefault("name") ?? "artifact", with.GetValueOrDefault("path") ?? ".",
                    with.GetValueOrDefault("if-no-files-found") ?? "warn");
                Log.Information("{Step}: {Count} file(s) stored", step.Title, uploaded);
                break;
            case "actions/download-artifact":
                var from = With();
                var downloaded = artifacts.Download(workspace.Repository, from.GetValueOrDefault("name")
                    ?? throw new SimulatedStepFailure("download-artifact without a name is not simulated"), from.GetValueOrDefault("path") ?? ".");
                Log.Information("{Step}: {Count} file(s) placed", step.Title, downloaded);
                break;
            case { } action when Provided.Contains(action):
                Log.Information("{Step}: provided by the simulation ({Action}: clean clone of {Sha}, this machine's tools)", step.Title, action, simulated.Sha[..7]);
                break;
            default:
                throw new SimulatedStepFailure($"the action '{step.Uses}' cannot be simulated");
        }
    }

    private async Task RunScriptAsync(WorkflowFileStep step, JobWorkspace workspace, Dictionary<string, string> variables,
        Dictionary<string, string> env, ExpressionContext context, CancellationToken cancellation)
    {
        var script = Path.Combine(workspace.RunnerTemp, $"step-{Guid.NewGuid():N}.sh");
        File.WriteAllText(script, GitHubExpression.Interpolate(step.Run!, context));
        // The runner machine's environment, then the workflow's and job's env, then what the runner sets.
        var environment = new Dictionary<string, string?>();
        foreach (var (name, value) in machine.Concat(env).Concat(variables))
        {
            environment[name] = value;
        }

        foreach (var (name, value) in step.Env)
        {
            environment[name] = GitHubExpression.Interpolate(value, context);
        }

        if (!colors)
        {
            environment["NO_COLOR"] = "1";
        }

        Log.Information("Run {Step}", step.Title);
        var result = await new ProcessRunner { Environment = environment }
            .RunAsync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], workspace.Repository, cancellation);
        if (!result.Succeeded)
        {
            throw new SimulatedStepFailure($"exited with code {result.ExitCode}");
        }
    }

    private ExpressionContext Context(Dictionary<string, string> variables, Dictionary<string, string> env, JobStatus status)
    {
        var contexts = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["github"] = simulated.Context(variables),
            ["inputs"] = simulated.Inputs.ToDictionary(i => i.Key, i => (object?)Typed(i.Key, i.Value), StringComparer.OrdinalIgnoreCase),
            ["env"] = env.ToDictionary(e => e.Key, e => (object?)e.Value, StringComparer.OrdinalIgnoreCase),
            ["secrets"] = new SecretsFromEnvironment(machine, masker),
            ["runner"] = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
            {
                ["os"] = "Linux",
                ["arch"] = "X64",
                ["name"] = "mlops-simulate",
                ["temp"] = variables["RUNNER_TEMP"],
            },
            ["needs"] = needs,
            ["vars"] = vars,
        };
        return new ExpressionContext(contexts, status);
    }

    /// <summary>Boolean and number inputs are typed in the inputs context, as GitHub does.</summary>
    private object? Typed(string name, string value) => workflow.Inputs.FirstOrDefault(i => i.Name == name)?.Type switch
    {
        "boolean" => value == "true",
        "number" => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}

/// <summary>How a job ended: success, failure or skipped, and why.</summary>
internal sealed record JobResult(string Id, string Result, TimeSpan Duration, string Note);
