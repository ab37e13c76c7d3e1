using Mlops.Targets.GitHubActions.Internal;
using Serilog;
using Serilog.Formatting;

namespace Mlops.Targets.GitHubActions;

/// <summary>
/// GitHub Actions for a build: the workflows its <see cref="GitHubWorkflowAttribute"/>s declare, generated and kept
/// current (every local run, <c>--generate-ci</c>) and checked for drift (Lint on CI); and on a runner, what the run
/// shows there: masks for secrets, a group per target, error and warning annotations, the job summary.
/// <code>protected override IEnumerable&lt;IBuildExtension&gt; Extensions => [GitHubActions, new WorkflowSimulator()];</code>
/// </summary>
public sealed class GitHubActionsIntegration : IBuildExtension
{
    private BuildContext? _context;
    private GitHubActionsReporter? _reporter;

    public IReadOnlyList<IBuildMode> Modes => [new GenerateCiMode()];

    private BuildContext Context => _context ?? throw new InvalidOperationException("The GitHub Actions integration is used by a running build.");

    /// <summary>The workflows as the build generates them.</summary>
    public IReadOnlyList<GeneratedWorkflow> Generate() => new WorkflowFiles(Context).Generate();

    /// <summary>Every committed workflow that differs from what the build generates (or that it no longer generates), with a unified diff.</summary>
    public IReadOnlyList<WorkflowDrift> FindDrift() => new WorkflowFiles(Context).FindDrift();

    public ITextFormatter? ConsoleAnnotations(BuildContext context) =>
        context?.Host.IsGitHubActions == true ? new WarningAnnotationFormatter() : null;

    public void Initialized(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        if (context.Host.IsGitHubActions)
        {
            // The runner masks each registered line in its own log from here on; a later secret is told as it comes.
            foreach (var line in context.Secrets.Lines)
            {
                context.Console.Out.WriteLine($"::add-mask::{line}");
            }

            context.Secrets.LineRegistered += line => context.Console.Out.WriteLine($"::add-mask::{line}");
        }
    }

    public void RunStarting(BuildContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Host.IsGitHubActions)
        {
            _reporter = new GitHubActionsReporter(context, grouped: context.Arguments.Parallelism <= 1);
        }

        // Local runs keep the generated workflows current; on CI, Lint checks instead that they were committed current.
        if (context.Build.IsLocalBuild)
        {
            KeepWorkflowsCurrent(context);
        }
    }

    public void TargetStarting(BuildContext context, string target) => _reporter?.Starting(target);

    public void TargetFinished(BuildContext context, TargetResult result, Exception? failure) => _reporter?.Finished(result, failure);

    public void RunFinished(BuildContext context, IReadOnlyList<TargetResult> results, TimeSpan total)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Host.IsGitHubActions && context.Host.Variable("GITHUB_STEP_SUMMARY") is { } summaryFile)
        {
            JobSummary.Append(summaryFile, results, total, context);
        }
    }

    /// <summary>--generate-ci: bring the workflow files in line with the build, say what changed, and stop.</summary>
    private sealed class GenerateCiMode : IBuildMode
    {
        public IReadOnlyList<BuildOption> Options { get; } =
            [new("generate-ci", MaxValues: 0, "--generate-ci", "write .github/workflows/*.yml from the build and stop")];

        public bool IsChosen(BuildContext context) => context.Arguments.Has("generate-ci");

        public Task<int> RunAsync(BuildContext context)
        {
            var files = new WorkflowFiles(context);
            var generated = files.Generate();
            var changed = files.Write(context.Build.RepositoryFiles);
            foreach (var workflow in generated)
            {
                context.Console.Out.WriteLine($"{workflow.RelativePath}: {(changed.Contains(workflow.RelativePath) ? "written" : "up to date")}");
            }

            foreach (var removed in changed.Except(generated.Select(w => w.RelativePath)))
            {
                context.Console.Out.WriteLine($"{removed}: removed (no longer declared)");
            }

            context.WriteDryRunReport();
            return Task.FromResult(BuildExitCode.Succeeded);
        }
    }

    private static void KeepWorkflowsCurrent(BuildContext context)
    {
        var stamp = new WorkflowStamp(context);
        if (stamp.IsCurrent())
        {
            Log.Debug("The workflows are as this build last generated them");
            return;
        }

        foreach (var path in new WorkflowFiles(context).Write(context.Build.RepositoryFiles))
        {
            Log.Information(context.Build.IsDryRun ? "Would regenerate {Path}" : "Regenerated {Path}", path);
        }

        if (!context.Build.IsDryRun)
        {
            stamp.Save();
        }
    }
}
