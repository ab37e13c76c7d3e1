using Mlops.Effects;
using Mlops.Files;
using Mlops.Targets.Internal.Modes;

namespace Mlops.Targets.Internal;

/// <summary>
/// One launch of a build: read the command line, find the root, take the host from the environment snapshot, resolve
/// parameters, register secrets, discover targets; then the first mode the command line chooses does the rest.
/// </summary>
internal static class BuildSession
{
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

            return BuildExitCode.BadInput;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"error: the build engine failed unexpectedly: {masker.Apply(e.ToString())}");
            return BuildExitCode.InternalError;
        }
    }

    private static async Task<int> RunAsync(MlopsBuild build, IReadOnlyList<string> args, BuildConsole console,
        IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> defaultTargets)
    {
        var extensions = build.Extensions.ToList();
        IReadOnlyList<IBuildMode> modes = [new HelpMode(), .. extensions.SelectMany(e => e.Modes), new PlanMode(), new RunMode()];
        var modeOptions = modes.SelectMany(m => m.Options).ToList();
        var parameters = ParameterMember.Discover(build);
        var options = CommandLine.Parse(args,
            key => parameters.Any(p => p.Key == key && p.IsBoolean),
            key => parameters.Any(p => p.Key == key && p.IsArray),
            modeOptions);

        var root = FindRoot(options.Root);
        build.RootDirectory = root;
        build.Host = BuildHost.Detect(environment, terminal: console.Interactive, colorsWanted: console.UseColors);
        build.IsDryRun = options.DryRun;
        build.DryRunJournal = options.DryRun ? new EffectJournal() : null;
        new ParameterResolver(parameters, root, environment).Resolve(build, options, modeOptions.Select(o => o.Name));
        RegisterSecrets(build, parameters);

        // Declarations may read the root and parameters (Produces(ArtifactsDirectory / …)), so targets come last.
        var catalog = TargetCatalog.Discover(build);
        BuildSchema.Write(root, catalog, parameters);
        var context = new BuildContext(build, console, options, catalog, parameters, defaultTargets.Select(catalog.Get).ToList())
        {
            Extensions = extensions,
            ModeOptions = modeOptions,
        };
        foreach (var extension in extensions)
        {
            extension.Initialized(context);
        }

        return await modes.First(m => m.IsChosen(context)).RunAsync(context);
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

    private static void RegisterSecrets(MlopsBuild build, IReadOnlyList<ParameterMember> parameters)
    {
        foreach (var parameter in parameters.Where(p => p.IsSecret))
        {
            var value = parameter.GetValue(build);
            var texts = value is Array array ? array.Cast<object?>().Select(v => v?.ToString()) : [value?.ToString()];
            foreach (var text in texts)
            {
                build.Secrets.Register(text);
            }
        }
    }

    private static bool IsVerbose(IReadOnlyList<string> args) =>
        args.Select((a, i) => (a, i)).Any(x => x.a.StartsWith("--verbosity", StringComparison.OrdinalIgnoreCase) &&
            (x.a.EndsWith("=verbose", StringComparison.OrdinalIgnoreCase) ||
             (x.i + 1 < args.Count && args[x.i + 1].Equals("verbose", StringComparison.OrdinalIgnoreCase))));
}
