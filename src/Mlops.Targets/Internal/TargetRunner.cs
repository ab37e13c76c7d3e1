using System.Diagnostics;
using System.Reflection;
using Serilog;
using Serilog.Context;

namespace Mlops.Targets.Internal;

/// <summary>
/// Runs a plan, telling the extensions as each target starts and ends. One scheduler for both modes: a target starts
/// when all it waits for has finished; with parallelism 1 that is plan order. A failure stops the build (targets not yet
/// started become NotRun) unless the failed target ProceedsAfterFailure; AssuredAfterFailure targets run regardless.
/// </summary>
internal sealed class TargetRunner(ExecutionPlan plan, TargetCache cache, IReadOnlyCollection<ExecutableTarget>? force, BuildContext context)
{
    public async Task RunAsync()
    {
        try
        {
            await RunStepsAsync();
        }
        finally
        {
            cache.Save(); // the file hashes this run learnt, for the next
        }
    }

    private async Task RunStepsAsync()
    {
        var pending = plan.Steps.ToList();
        var running = new Dictionary<Task, PlannedTarget>();
        var stopped = false;
        var limit = Math.Max(1, context.Options.Parallelism);

        void Finish(PlannedTarget step)
        {
            step.IsFinished = true;
            stopped |= step.Status == TargetStatus.Failed && !step.Target.Definition.ProceedsAfterFailure;
        }

        while (pending.Count > 0 || running.Count > 0)
        {
            var before = pending.Count;
            foreach (var step in pending.ToList())
            {
                if (running.Count >= limit)
                {
                    break;
                }

                if (!step.Predecessors.All(p => p.IsFinished))
                {
                    continue;
                }

                pending.Remove(step);
                if (Decide(step, stopped))
                {
                    running[Task.Run(() => ExecuteAsync(step))] = step;
                }
                else
                {
                    Finish(step);
                }
            }

            if (running.Count == 0)
            {
                // Targets settled without running may have unblocked others; an acyclic plan always moves.
                if (pending.Count == before)
                {
                    throw new InvalidOperationException("The plan cannot progress: " + string.Join(", ", pending.Select(p => p.Name)));
                }

                continue;
            }

            var finished = await Task.WhenAny(running.Keys);
            if (finished.Exception is { } fault)
            {
                // ExecuteAsync reports a target's own failure itself; this is the engine failing around it.
                running[finished].Status = TargetStatus.Failed;
                running[finished].Note = $"the engine failed running it: {fault.InnerException?.Message}";
                Log.Error(fault.InnerException, "The engine failed running {Target}", running[finished].Name);
            }

            Finish(running[finished]);
            running.Remove(finished);
        }
    }

    /// <summary>True when the step is to execute; otherwise its status and note are set here.</summary>
    private static bool Decide(PlannedTarget step, bool stopped)
    {
        var assured = step.Target.Definition.IsAssuredAfterFailure;
        if (step.SkipReason is not null)
        {
            return Settle(step, TargetStatus.Skipped, step.SkipReason);
        }

        if (!assured && step.Prerequisites.FirstOrDefault(p => p.Blocks) is { } blocker)
        {
            return Settle(step, TargetStatus.NotRun, blocker.Status == TargetStatus.Failed ? $"{blocker.Name} failed" : $"{blocker.Name} did not run");
        }

        if (!assured && stopped)
        {
            return Settle(step, TargetStatus.NotRun, "the build stopped after a failure");
        }

        foreach (var condition in step.Target.Definition.DynamicConditions)
        {
            try
            {
                if (!condition.Evaluate())
                {
                    return Settle(step, TargetStatus.Skipped, $"{condition.Text} is false");
                }
            }
            catch (Exception e)
            {
                // Decided mid-run: the target fails like any other, and the run settles the rest as usual.
                return Settle(step, TargetStatus.Failed, $"OnlyWhenDynamic({condition.Text}) threw: {e.Message}");
            }
        }

        return true;
    }

    private static bool Settle(PlannedTarget step, TargetStatus status, string note)
    {
        step.Status = status;
        step.Note = note;
        using (LogContext.PushProperty("Target", step.Name))
        {
            Log.Information("{Status}: {Note}", status, note);
        }

        return false;
    }

    private async Task ExecuteAsync(PlannedTarget step)
    {
        using var _ = LogContext.PushProperty("Target", step.Name);
        var target = step.Target;
        var clock = Stopwatch.StartNew();
        Exception? failure = null;
        foreach (var extension in context.Extensions)
        {
            extension.TargetStarting(context, step.Name);
        }

        try
        {
            var verdict = TargetCache.Applies(target) ? cache.Check(target) : null;
            var forced = force is not null && (force.Count == 0 || force.Contains(target));
            if (verdict is { IsFresh: true } && !forced)
            {
                step.Status = TargetStatus.Cached;
                step.Note = verdict.Reason;
                Log.Information("Cached: {Reason}", verdict.Reason);
                return;
            }

            Log.Information("Running ({Reason}{Cache})", step.Reason, verdict is null ? "" : forced ? "; --force" : "; " + verdict.Reason);
            foreach (var action in target.Definition.Actions)
            {
                await action();
            }

            if (verdict is not null && cache.Record(target, verdict.Inputs) is { } changed)
            {
                Log.Warning("Not cached: {Input:l} changed while {Name:l} ran, so its outputs may come from either version", changed, step.Name);
            }

            step.Status = TargetStatus.Succeeded;
            Log.Information("Succeeded in {Duration}", TargetResult.Format(clock.Elapsed));
        }
        catch (Exception thrown)
        {
            var exception = failure = Unwrap(thrown);
            if (TargetCache.Applies(target))
            {
                cache.Forget(target);
            }

            step.Status = TargetStatus.Failed;
            step.Note = NoteOf(exception.Message);
            Log.Error(exception, "Failed: {Message}", exception.Message);
        }
        finally
        {
            step.Duration = clock.Elapsed;
            foreach (var extension in context.Extensions)
            {
                extension.TargetFinished(context, step.ToResult(), failure);
            }
        }
    }

    private static Exception Unwrap(Exception exception) => exception switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        _ => exception,
    };

    /// <summary>The message's first line, paths in the repository shown relative to it as everywhere else in the summary.</summary>
    private string NoteOf(string message) => message.Replace(context.RootDirectory + "/", "", StringComparison.Ordinal).Split('\n', 2)[0].TrimEnd('\r');
}
