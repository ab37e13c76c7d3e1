namespace Mlops.Targets.Internal;

/// <summary>
/// Parses <c>[targets…] [--option [values…]]…</c>. Tokens before the first option are targets; an option takes the
/// tokens after it up to the next option, except where noted (flags take only true/false; --plan only text|mermaid).
/// </summary>
internal static class CommandLine
{
    /// <summary>The engine's own options, in --help's order; parsed below (their values vary too much for one rule).</summary>
    public static readonly BuildOption[] EngineOptions =
    [
        new("skip", int.MaxValue, "--skip [targets…]", "skip these targets; alone: skip all but the invoked ones"),
        new("force", int.MaxValue, "--force [targets…]", "run these targets even when their cached result holds; alone: all"),
        new("plan", 1, "--plan [text|mermaid]", "print the order that would run, with reasons, and stop"),
        new("parallel", 1, "--parallel [n]", "run independent targets at the same time (n at most; default: cores)"),
        new("dry-run", 0, "--dry-run", "do the read-only work; record side effects instead of performing them"),
        new("profile", int.MaxValue, "--profile <names…>", "also read .nuke/parameters.<name>.json (later names win)"),
        new("root", 1, "--root <path>", "the repository root (default: the nearest folder with .nuke/)"),
        new("verbosity", 1, "--verbosity <level>", "quiet, minimal, normal or verbose (verbose shows stack traces)"),
        new("target", int.MaxValue, "--target <targets…>", "the targets to run, like positional names"),
        new("help", 0, "--help", "this text"),
    ];

    /// <param name="modeOptions">The options extensions' modes add, each with how many values it takes.</param>
    public static BuildOptions Parse(IReadOnlyList<string> args, Func<string, bool> isBooleanParameter, Func<string, bool> isArrayParameter,
        IReadOnlyCollection<BuildOption> modeOptions)
    {
        var options = new BuildOptions();
        var i = 0;

        List<string> TakeValues(Func<string, bool>? accept = null, int max = int.MaxValue)
        {
            var values = new List<string>();
            while (i < args.Count && !IsOption(args[i]) && values.Count < max && (accept is null || accept(args[i])))
            {
                values.Add(args[i++]);
            }

            return values;
        }

        string TakeOne(string option)
        {
            var values = TakeValues(max: 1);
            return values.Count == 1 ? values[0] : throw new BuildInputException($"Option --{option} needs a value.");
        }

        options.Targets.AddRange(TakeValues());
        while (i < args.Count)
        {
            var token = args[i++];
            var name = token is "-h" or "-?" ? "help" : token.TrimStart('-');
            var inlineValue = (string?)null;
            if (name.IndexOf('=', StringComparison.Ordinal) is var equals and > 0)
            {
                inlineValue = name[(equals + 1)..];
                name = name[..equals];
            }

            var key = ParameterName.LettersAndDigits(name);
            switch (key)
            {
                case "target":
                    options.Targets.AddRange(inlineValue is null ? TakeValues() : [inlineValue]);
                    break;
                case "skip":
                    (options.Skip ??= []).AddRange(inlineValue is null ? TakeValues() : [inlineValue]);
                    break;
                case "force":
                    (options.Force ??= []).AddRange(inlineValue is null ? TakeValues() : [inlineValue]);
                    break;
                case "plan":
                    options.Plan = (inlineValue ?? TakeValues(v => v is "text" or "mermaid", 1).FirstOrDefault() ?? "text").ToLowerInvariant();
                    if (options.Plan is not ("text" or "mermaid"))
                    {
                        throw new BuildInputException($"Option --plan takes 'text' or 'mermaid', not '{options.Plan}'.");
                    }

                    options.Targets.AddRange(TakeValues());
                    break;
                case "help":
                    options.Help = true;
                    options.Targets.AddRange(TakeValues());
                    break;
                case "dryrun":
                    options.DryRun = Flag(inlineValue);
                    options.Targets.AddRange(TakeValues());
                    break;
                case "parallel":
                    var degree = inlineValue ?? TakeValues(v => int.TryParse(v, out _), 1).FirstOrDefault();
                    options.Parallelism = degree is null ? Environment.ProcessorCount
                        : int.TryParse(degree, out var n) && n > 0 ? n
                        : throw new BuildInputException($"Option --parallel takes a positive number, not '{degree}'.");
                    options.Targets.AddRange(TakeValues());
                    break;
                case "profile":
                    options.Profiles.AddRange(inlineValue is null ? TakeValues() : [inlineValue]);
                    break;
                case "root":
                    options.Root = inlineValue ?? TakeOne("root");
                    break;
                case "verbosity":
                    var level = inlineValue ?? TakeOne("verbosity");
                    options.Verbosity = Enum.TryParse<Verbosity>(level, ignoreCase: true, out var verbosity) && !int.TryParse(level, out _)
                        ? verbosity
                        : throw new BuildInputException($"Option --verbosity takes quiet, minimal, normal or verbose, not '{level}'.");
                    break;
                case var _ when modeOptions.FirstOrDefault(o => ParameterName.LettersAndDigits(o.Name) == key) is { } modeOption:
                    options.ModeOptions[key] = inlineValue is not null ? [inlineValue]
                        : modeOption.IsFlag ? []
                        : modeOption.MaxValues == 1 ? [TakeOne(modeOption.Name)]
                        : TakeValues(max: modeOption.MaxValues);
                    if (modeOption.IsFlag)
                    {
                        options.Targets.AddRange(TakeValues());
                    }

                    break;
                default:
                    List<string> values;
                    if (inlineValue is not null)
                    {
                        values = [inlineValue];
                    }
                    else if (isBooleanParameter(key))
                    {
                        values = TakeValues(v => bool.TryParse(v, out _), 1);
                    }
                    else
                    {
                        values = TakeValues(max: isArrayParameter(key) ? int.MaxValue : 1);
                    }

                    options.ParameterArguments[key] = (name, values);
                    options.Targets.AddRange(TakeValues());
                    break;
            }
        }

        return options;
    }

    private static bool IsOption(string token) => token.StartsWith('-') && token.Length > 1 && !double.TryParse(token, out _);

    private static bool Flag(string? value) =>
        value is null || (bool.TryParse(value, out var flag) ? flag : throw new BuildInputException($"'{value}' is not true or false."));
}
