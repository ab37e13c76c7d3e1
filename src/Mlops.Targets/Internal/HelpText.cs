using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>--help: the targets (default marked) with descriptions, the parameters with types, and the engine's options.</summary>
internal static class HelpText
{
    public static void Write(TextWriter output, TargetCatalog catalog, IReadOnlyList<ParameterMember> parameters, IReadOnlyList<ExecutableTarget> defaults, MlopsBuild build,
        IReadOnlyList<BuildOption> modeOptions)
    {
        output.WriteLine("Usage: ./build.sh [targets…] [--parameter value…] [options]");
        output.WriteLine();
        output.WriteLine("Targets (* = default):");
        var listed = catalog.Targets.Where(t => !t.Definition.IsUnlisted).ToList();
        var width = listed.Select(t => t.Name.Length).DefaultIfEmpty(0).Max() + 4;
        foreach (var target in listed)
        {
            var mark = defaults.Contains(target) ? "*" : " ";
            var needs = target.Dependencies.Count > 0 ? $" (after {string.Join(", ", target.Dependencies.Select(d => d.Name))})" : "";
            output.WriteLine($"  {mark} {target.Name.PadRight(width)}{target.Description}{needs}");
        }

        output.WriteLine();
        output.WriteLine("Parameters (command line, then environment, then .nuke/parameters[.<profile>].json):");
        var rows = parameters.Select(p => (Left: $"{p.Option} <{TypeName(p)}>", Right: Describe(p, build))).ToList();
        var left = rows.Select(r => r.Left.Length).DefaultIfEmpty(0).Max() + 2;
        foreach (var (l, r) in rows)
        {
            output.WriteLine($"    {l.PadRight(left)}{r}");
        }

        output.WriteLine();
        output.WriteLine("Options:");
        foreach (var option in CommandLine.EngineOptions.Concat(modeOptions))
        {
            output.WriteLine($"    {option.Usage,-26}{option.Help}");
        }
    }

    private static string Describe(ParameterMember parameter, MlopsBuild build)
    {
        var value = parameter.GetValue(build);
        var shown = value is null || (value is string s && s.Length == 0) ? ""
            : parameter.IsSecret ? $" (set)" : $" (now: {Render(value)})";
        var secret = parameter.IsSecret ? " [secret]" : "";
        return $"{parameter.Description}{secret}{shown}";
    }

    private static string Render(object value) => value switch
    {
        Array array => string.Join(" ", array.Cast<object>()),
        _ => value.ToString() ?? "",
    };

    public static string TypeName(ParameterMember parameter)
    {
        var type = parameter.IsArray ? parameter.Type.GetElementType()! : parameter.ValueType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = type.IsEnum ? string.Join("|", Enum.GetNames(type))
            : type == typeof(AbsolutePath) ? "path"
            : type == typeof(bool) ? "true|false"
            : type.Name.ToLowerInvariant();
        return parameter.IsArray ? name + "…" : name;
    }
}
