using Serilog.Formatting;

namespace Mlops.Targets;

/// <summary>
/// How a CI integration (or any other extension) plugs into the engine, which knows no CI system itself. A build
/// names its extensions in <see cref="MlopsBuild.Extensions"/>; each method has a default that does nothing, so an
/// extension implements only what it needs. All hooks run on the build's own thread of control, in this order:
/// <see cref="Initialized"/> (every mode), then for a run <see cref="RunStarting"/>, <see cref="TargetStarting"/> and
/// <see cref="TargetFinished"/> per target, <see cref="RunFinished"/>.
/// </summary>
public interface IBuildExtension
{
    /// <summary>Command-line modes the extension adds (e.g. <c>--generate-ci</c>), each chosen by its own options.</summary>
    IReadOnlyList<IBuildMode> Modes => [];

    /// <summary>Extra console lines made from log events (e.g. warning annotations); given every event, masked; writes nothing for those it ignores.</summary>
    ITextFormatter? ConsoleAnnotations(BuildContext context) => null;

    /// <summary>Parameters are resolved, secrets registered and targets known; no mode has started.</summary>
    void Initialized(BuildContext context)
    {
    }

    /// <summary>The plan is made and checked and the log is open; no target has run.</summary>
    void RunStarting(BuildContext context)
    {
    }

    void TargetStarting(BuildContext context, string target)
    {
    }

    /// <summary>A target ended (succeeded, failed, cached or skipped): <paramref name="failure"/> is what it threw.</summary>
    void TargetFinished(BuildContext context, TargetResult result, Exception? failure)
    {
    }

    /// <summary>Every target has ended; the summary table is printed. <paramref name="results"/> are in plan order.</summary>
    void RunFinished(BuildContext context, IReadOnlyList<TargetResult> results, TimeSpan total)
    {
    }
}
