using System.Diagnostics;
using Mlops.Effects;
using Mlops.Targets.GitHubActions;
using Mlops.Targets.Internal.Simulation;
using Mlops.Targets.Internal.Workflows;
using Serilog;

namespace Mlops.Targets.Internal;

/// <summary>One run of a build: read the command line, resolve parameters, plan, check requirements, run, summarise.</summary>
internal static class BuildSession
{
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;

    public static int Run(MlopsBuild build, IReadOnlyList<string> args, BuildConsole console, IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> defaultTargets)
    {
        var masker = build.Secrets;
        try
        {
            return RunAsync(build, args, console, environment, defaultTargets).GetAwaiter().GetResult();
        }
        catch (BuildInputException e)
        {
            console.Error.WriteLine($"error: {masker.Apply(e.Message)}");
            if (IsVerbose(args))
            {
                console.Error.WriteLine(masker.Apply(e.ToString()));
            }

            return BadInput;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"error: the build engine failed unexpectedly: {masker.Apply(e.ToString())}");
            return InternalError;
        }
    }

    private static async Task<int> RunAsync(MlopsBuild build, IReadOnlyList<string> args, BuildConsole console,
        IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> defaultTargets)
    {
        var parameters = ParameterMember.Discover(build);
        var options = CommandLine.Parse(args,
            key => parameters.Any(p => p.Key == key && p.IsBoolean),
            key => parameters.Any(p => p.Key == key && p.IsArray));

        var root = FindRoot(options.Root);
        build.RootDirectory = root;
        build.EnvironmentVariables = environment;
        build.IsDryRun = options.DryRun;
        build.DryRunJournal = options.DryRun ? new EffectJournal() : null;
        new ParameterResolver(parameters, root, environment).Resolve(build, options);
        RegisterSecrets(build, parameters, console, environment);

        // Declarations may read the root and parameters (Produces(ArtifactsDirectory / …)), so targets come last.
        var catalog = TargetCatalog.Discover(build);
        build.Workflows = new WorkflowGenerator(catalog, parameters, build);

        BuildSchema.Write(root, catalog, parameters);
        var defaults = defaultTargets.Select(catalog.Get).ToList();
        if (options.Help)
        {
            HelpText.Write(console.Out, catalog, parameters, defaults, build);
            return 0;
        }

        if (options.GenerateCi)
        {
            return GenerateWorkflows(build, console);
        }

        if (options.Simulate is not null)
        {
            return await WorkflowSimulation.RunAsync(root, options, console, environment, build.Secrets);
        }

        var invoked = (options.Targets.Count > 0 ? options.Targets.Select(catalog.Get) : defaults).Distinct().ToList();
        if (invoked.Count == 0)
        {
            throw new BuildInputException("No target given, and the build names no default target. See --help.");
        }

        build.InvokedTargets = invoked.Select(t => t.Name).ToList();
        var skip = options.Skip?.Select(catalog.Get).ToList();
        var force = options.Force?.Select(catalog.Get).ToList();
        var plan = ExecutionPlan.Create(catalog, invoked, skip);
        switch (options.Plan)
        {
            case "text":
                PlanPrinter.WriteText(console.Out, plan);
                return 0;
            case "mermaid":
                PlanPrinter.WriteMermaid(console.Out, catalog, plan);
                return 0;
        }

        Requirements.ThrowIfUnmet(plan, parameters);
        using var runLock = await BuildLock.AcquireAsync(root, console.Out);
        var onGitHub = environment.GetValueOrDefault("GITHUB_ACTIONS") == "true";
        using var log = new BuildLog(root, console, masker: build.Secrets, options.Verbosity, annotateWarnings: onGitHub);
        build.Console = console;
        build.ConsoleLog = log.ConsoleSink;
        Log.Debug("Root {Root}; log {LogFile}", root, log.FilePath);
        var assemblyDirectory = Path.GetDirectoryName(build.GetType().Assembly.Location) ?? AppContext.BaseDirectory;
        var cache = new TargetCache(root, assemblyDirectory);
        if (build.IsLocalBuild)
        {
            // Local runs keep the generated workflows current; on CI, Lint checks instead that they were committed current.
            foreach (var path in GitHubWorkflows.Write(build, build.RepositoryFiles))
            {
                Log.Information(build.IsDryRun ? "Would regenerate {Path}" : "Regenerated {Path}", path);
            }
        }

        var reporter = onGitHub ? new GitHubActionsReporter(console, root, build.Secrets, grouped: options.Parallelism <= 1) : null;
        var clock = Stopwatch.StartNew();
        await new TargetRunner(plan, cache, force, options.Parallelism, reporter).RunAsync();

        foreach (var step in plan.Steps)
        {
            Log.ForContext("Target", step.Name).Debug("Summary {Status} {Duration} {Note}", step.Status, step.Duration, step.Note);
        }

        SummaryTable.Write(console, plan, clock.Elapsed, build.Secrets);
        if (onGitHub && environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is { Length: > 0 } summaryFile)
        {
            GitHubActionsReporter.WriteSummary(summaryFile, plan, clock.Elapsed, build);
        }

        if (build.DryRunJournal is { } journal)
        {
            DryRunReport.Write(console, root, journal, build.Secrets);
        }

        foreach (var line in build.Outcomes)
        {
            console.Out.WriteLine(build.Secrets.Apply(line));
        }

        return plan.Steps.Any(s => s.Status == TargetStatus.Failed) ? Failed : 0;
    }

    /// <summary>--generate-ci: bring the workflow files in line with the build, say what changed, and stop.</summary>
    private static int GenerateWorkflows(MlopsBuild build, BuildConsole console)
    {
        var generated = GitHubWorkflows.Generate(build);
        var changed = GitHubWorkflows.Write(build, build.RepositoryFiles);
        foreach (var workflow in generated)
        {
            console.Out.WriteLine($"{workflow.RelativePath}: {(changed.Contains(workflow.RelativePath) ? "written" : "up to date")}");
        }

        foreach (var removed in changed.Except(generated.Select(w => w.RelativePath)))
        {
            console.Out.WriteLine($"{removed}: removed (no longer declared)");
        }

        if (build.DryRunJournal is { } journal)
        {
            DryRunReport.Write(console, build.RootDirectory, journal, build.Secrets);
        }

        return 0;
    }

    private static AbsolutePath FindRoot(string? given)
    {
        if (given is not null)
        {
            var root = AbsolutePath.Create(given);
            return Directory.Exists(root) ? root : throw new BuildInputException($"--root {given}: no such folder.");
        }

        for (var directory = AbsolutePath.Create("."); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(directory / ".nuke"))
            {
                return directory;
            }
        }

        throw new BuildInputException("No repository root found: no folder from here upwards has a .nuke/ folder. Pass --root.");
    }

    private static void RegisterSecrets(MlopsBuild build, IReadOnlyList<ParameterMember> parameters, BuildConsole console,
        IReadOnlyDictionary<string, string> environment)
    {
        foreach (var parameter in parameters.Where(p => p.IsSecret))
        {
            var value = parameter.GetValue(build);
            var texts = value is Array array ? array.Cast<object?>().Select(v => v?.ToString()) : [value?.ToString()];
            foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)))
            {
                build.Secrets.Register(text);
                if (environment.GetValueOrDefault("GITHUB_ACTIONS") == "true")
                {
                    console.Out.WriteLine($"::add-mask::{text}"); // the runner masks it in its own log from here on
                }
            }
        }
    }

    private static bool IsVerbose(IReadOnlyList<string> args) =>
        args.Select((a, i) => (a, i)).Any(x => x.a.StartsWith("--verbosity", StringComparison.OrdinalIgnoreCase) &&
            (x.a.EndsWith("=verbose", StringComparison.OrdinalIgnoreCase) ||
             (x.i + 1 < args.Count && args[x.i + 1].Equals("verbose", StringComparison.OrdinalIgnoreCase))));
}
