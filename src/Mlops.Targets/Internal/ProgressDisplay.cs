using Serilog;
using Spectre.Console;

namespace Mlops.Targets.Internal;

/// <summary>
/// Progress of a long step. On a terminal: a live Spectre progress bar per task, with the build's console log lines
/// held back until it ends (so nothing tears the display). Elsewhere (CI, redirected output): a log line whenever a
/// task changes stage, which reads well in a CI log and in the JSON log.
/// </summary>
internal sealed class ProgressDisplay(BuildConsole console, BuildHost host, MaskingSink? consoleLog)
{
    public async Task RunAsync(string title, IReadOnlyList<string> tasks, Func<IProgress<ProgressUpdate>, Task> work)
    {
        if (!host.IsInteractive || consoleLog is null)
        {
            await work(new StageLog(title));
            return;
        }

        using var held = consoleLog.Hold();
        // The build decided that a person watches a terminal; Spectre need not guess again (its own detection reads the
        // process environment, where CI and GITHUB_ACTIONS turn off live displays, and would make a test's host lie).
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Out),
            Ansi = AnsiSupport.Yes,
            ColorSystem = host.UseColors ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
            EnvironmentVariables = host.Variables.ToDictionary(),
        });
        await ansi.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bars = tasks.ToDictionary(t => t, t => context.AddTask(Markup.Escape($"{title}: {t}"), maxValue: 1.0));
                await work(new SynchronousProgress<ProgressUpdate>(update =>
                {
                    if (bars.TryGetValue(update.Task, out var bar))
                    {
                        Show(bar, title, update);
                    }
                }));
                foreach (var bar in bars.Values)
                {
                    Finish(bar);
                }
            });
    }

    /// <summary>
    /// A fraction fills the bar; a stage without one (a trainer that does not say how far it is) shows a moving bar
    /// rather than the fraction of the stage before, which would read as nearly done.
    /// </summary>
    private static void Show(ProgressTask bar, string title, ProgressUpdate update)
    {
        bar.Description = Markup.Escape($"{title}: {update.Task} ({update.Stage})");
        if (update.Stage == "done")
        {
            Finish(bar);
        }
        else if (update.Fraction is { } fraction)
        {
            bar.IsIndeterminate = false;
            bar.Value = fraction;
        }
        else
        {
            bar.IsIndeterminate = true;
        }
    }

    private static void Finish(ProgressTask bar)
    {
        bar.IsIndeterminate = false;
        bar.Value = bar.MaxValue;
    }

    /// <summary>One log line per stage a task enters (fractions within a stage would flood a CI log).</summary>
    private sealed class StageLog(string title) : IProgress<ProgressUpdate>
    {
        private readonly Dictionary<string, string> _stages = [];

        public void Report(ProgressUpdate value)
        {
            lock (_stages)
            {
                if (_stages.GetValueOrDefault(value.Task) == value.Stage)
                {
                    return;
                }

                _stages[value.Task] = value.Stage;
            }

            Log.Information("{Title}: {Task} {Stage}", title, value.Task, value.Stage);
        }
    }
}
