using Mlops.Files;
using Mlops.Names;
using Mlops.Processes;
using Mlops.Targets.Simulation.Internal.Expressions;
using Serilog;
using Serilog.Context;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// <c>--simulate &lt;workflow&gt; --event &lt;name&gt;</c>: reads the committed workflow file itself and runs it as GitHub
/// would for that event: each job's <c>if:</c> decided, jobs in <c>needs:</c> order, each in a fresh clone of the
/// current commit, artifacts handed from job to job as upload/download-artifact do, GITHUB_* set as a runner sets them,
/// and the build's stand-ins for what the runner has and this machine lacks, started for the jobs they serve.
/// </summary>
internal static class WorkflowSimulation
{
    public static async Task<int> RunAsync(BuildContext context, SimulationRequest options, IReadOnlyList<RunnerStandIn> standIns)
    {
        var (root, console, machine, masker) = (context.RootDirectory, context.Console, context.Host.Variables, context.Secrets);
        var relative = $".github/workflows/{options.Workflow}.yml";
        if (!File.Exists(root / relative))
        {
            var known = Directory.Exists(root / ".github" / "workflows")
                ? Directory.GetFiles(root / ".github" / "workflows", "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>()
                : [];
            throw new BuildInputException($"No workflow file {relative}.{DidYouMean.OrKnown(options.Workflow, known)} Generate them with ./build.sh --generate-ci.");
        }

        var workflow = WorkflowFile.Read(root, relative);
        var simulated = await SimulatedEvent.CreateAsync(root, options, workflow);
        var jobs = Order(workflow);
        console.Out.WriteLine($"Simulating {relative} for {simulated.Name} on {simulated.Ref}{(simulated.BaseRef is null ? "" : $" (into {simulated.BaseRef})")} at {simulated.Sha[..7]}");
        foreach (var job in jobs)
        {
            console.Out.WriteLine($"  {job.Id,-24}{(job.Needs.Count == 0 ? "" : "needs " + string.Join(", ", job.Needs))}");
        }

        console.Out.WriteLine(options.Variables.Count == 0
            ? "Repository variables: none given (--var NAME=value); every vars.NAME reads as empty, as an unset one does on GitHub"
            : $"Repository variables: {string.Join(", ", options.Variables.Names)} as given with --var; any other vars.NAME reads as empty");

        if (simulated.FilteredOutBy(workflow.On[simulated.Name]) is { } reason)
        {
            console.Out.WriteLine($"The workflow would not run: {reason}.");
            return 0;
        }

        var dirty = await new ProcessRunner { Echo = false }.RunAsync("git", ["status", "--porcelain", "--untracked-files=no"], root);
        if (dirty.Output.Any(l => l.Length > 0))
        {
            console.Out.WriteLine("Note: uncommitted changes are not part of the simulation; each job runs on a clean clone of the commit.");
        }

        using var log = context.StartLog();
        using var inUse = new StandInsInUse(standIns);
        var folder = Directory.CreateTempSubdirectory("mlops-simulate-").FullName;
        var store = new ArtifactStore(Path.Combine(folder, "artifacts"));
        var results = new Dictionary<string, JobResult>();
        foreach (var job in jobs)
        {
            using (LogContext.PushProperty("Target", job.Id))
            {
                results[job.Id] = await RunJobAsync(root, workflow, job, simulated, options.Variables, store, folder, results, inUse, machine,
                    context.Host.UseColors, masker);
                Log.Information("Job {Job}: {Result}{Note}", job.Id, results[job.Id].Result, results[job.Id].Note.Length == 0 ? "" : $" ({results[job.Id].Note})");
            }
        }

        var failed = results.Values.Any(r => r.Result == "failure");
        console.Out.WriteLine();
        console.Out.WriteLine($"Workflow {workflow.Name} ({simulated.Name}):");
        foreach (var result in results.Values)
        {
            var duration = result.Result == "skipped" ? "" : TargetResult.Format(result.Duration);
            console.Out.WriteLine(masker.Apply($"  {result.Id,-24}{result.Result,-10}{duration,-9}{result.Note}"));
        }

        foreach (var standIn in inUse.Used)
        {
            console.Out.WriteLine($"Stood in for the runner: {standIn}");
        }

        if (failed)
        {
            console.Out.WriteLine($"Job workspaces kept for inspection in {folder}");
        }
        else
        {
            Directory.Delete(folder, recursive: true);
        }

        console.Out.WriteLine(failed ? "Simulation failed." : "Simulation succeeded.");
        return failed ? BuildExitCode.Failed : BuildExitCode.Succeeded;
    }

    private static async Task<JobResult> RunJobAsync(AbsolutePath root, WorkflowFile workflow, WorkflowFileJob job, SimulatedEvent simulated,
        RepositoryVariables vars, ArtifactStore store, string folder, Dictionary<string, JobResult> results, StandInsInUse standIns,
        IReadOnlyDictionary<string, string> machine, bool useColors,
        SecretMasker masker)
    {
        var needs = job.Needs.ToDictionary(n => n, n => (object?)new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["result"] = results[n].Result,
            ["outputs"] = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase),
        }, StringComparer.OrdinalIgnoreCase);
        var status = job.Needs.All(n => results[n].Result == "success") ? JobStatus.Success : JobStatus.Failure;
        var variables = simulated.Variables(workflow.Name, job.Id, "", "", "");
        var context = new ExpressionContext(new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase)
        {
            ["github"] = simulated.Context(variables),
            ["inputs"] = simulated.Inputs.ToDictionary(i => i.Key, i => (object?)i.Value, StringComparer.OrdinalIgnoreCase),
            ["needs"] = needs,
            ["vars"] = vars,
        }, status);

        if (!GitHubExpression.EvaluateCondition(job.If, context))
        {
            var why = job.If is not null ? $"if: {job.If}" : $"needed job {job.Needs.First(n => results[n].Result != "success")} did not succeed";
            return new JobResult(job.Id, "skipped", TimeSpan.Zero, why);
        }

        Log.Information("Job {Job} ({Name}) in a clean clone", job.Id, job.Name);
        var workspace = await JobWorkspace.CreateAsync(folder, job.Id, root, simulated.Sha);
        IReadOnlyDictionary<string, string> runner;
        try
        {
            runner = await standIns.EnvironmentForAsync(job, machine);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            Log.Error("What stands in for the runner could not start: {Reason}", failure.Message);
            return new JobResult(job.Id, "failure", TimeSpan.Zero, "its stand-in did not start");
        }

        return await new SimulatedJob(workflow, job, simulated, vars, store, runner, needs, useColors, masker).RunAsync(workspace);
    }

    /// <summary>Jobs after the jobs they need, otherwise in file order; an unknown need or a cycle is an error.</summary>
    private static List<WorkflowFileJob> Order(WorkflowFile workflow)
    {
        foreach (var (job, need) in workflow.Jobs.SelectMany(j => j.Needs.Select(n => (j, n))))
        {
            if (workflow.Jobs.All(j => j.Id != need))
            {
                throw new BuildInputException($"{workflow.RelativePath}: job '{job.Id}' needs unknown job '{need}'.");
            }
        }

        var ordered = new List<WorkflowFileJob>();
        var remaining = workflow.Jobs.ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(j => j.Needs.All(n => ordered.Any(o => o.Id == n)))
                ?? throw new BuildInputException($"{workflow.RelativePath}: the needs of jobs {string.Join(", ", remaining.Select(j => j.Id))} form a cycle.");
            remaining.Remove(next);
            ordered.Add(next);
        }

        return ordered;
    }
}
