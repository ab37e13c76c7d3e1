using System.Diagnostics;
using Serilog;

namespace Mlops.Targets.Internal.Modes;

/// <summary>
/// Running targets, what the command line asks for when no other mode is chosen: plan, check every requirement,
/// open the log, run (extensions told of each target), print the summary, the dry-run report and the outcomes.
/// </summary>
internal sealed class RunMode : IBuildMode
{
    public IReadOnlyList<BuildOption> Options => [];

    public bool IsChosen(BuildContext context) => true;

    public async Task<int> RunAsync(BuildContext context)
    {
        var (plan, force) = TargetSelection.Plan(context);
        Requirements.ThrowIfUnmet(plan, context.Parameters);
        using var runLock = await BuildLock.AcquireAsync(context.RootDirectory, context.Console.Out);
        var build = context.Build;
        using var log = new BuildLog(context, annotate: true);
        build.Console = context.Console;
        build.ConsoleLog = log.ConsoleSink;
        Log.Debug("Root {Root}; log {LogFile}", context.RootDirectory, log.FilePath);
        var cache = new TargetCache(context.RootDirectory, context.FileHashes, () => context.CodeFingerprint);
        foreach (var extension in context.Extensions)
        {
            extension.RunStarting(context);
        }

        var clock = Stopwatch.StartNew();
        await new TargetRunner(plan, cache, force, context).RunAsync();
        foreach (var step in plan.Steps)
        {
            // As text, as Serilog would render them: value-type arguments would cost every run the JIT of a generic Debug.
            Log.ForContext("Target", step.Name).Debug("Summary {Status} {Duration} {Note}", step.Status.ToString(), step.Duration.ToString(), step.Note);
        }

        SummaryTable.Write(context.Console, context.Host, plan, clock.Elapsed, context.Secrets);
        var results = plan.Steps.Select(s => s.ToResult()).ToList();
        foreach (var extension in context.Extensions)
        {
            extension.RunFinished(context, results, clock.Elapsed);
        }

        context.WriteDryRunReport();
        foreach (var line in build.Outcomes)
        {
            context.Console.Out.WriteLine(context.Secrets.Apply(line));
        }

        return results.Any(r => r.Status == TargetStatus.Failed) ? BuildExitCode.Failed : BuildExitCode.Succeeded;
    }
}
