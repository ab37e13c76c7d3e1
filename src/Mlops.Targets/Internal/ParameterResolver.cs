using System.Text.Json;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>
/// Gives each parameter its value from the first source that has one: the command line, the environment (exact name,
/// then letters-and-digits match), the profiles' <c>.nuke/parameters.&lt;profile&gt;.json</c> (later wins), then
/// <c>.nuke/parameters.json</c>. A parameter no source names keeps its initial value.
/// </summary>
internal sealed class ParameterResolver(IReadOnlyList<ParameterMember> parameters, AbsolutePath root, IReadOnlyDictionary<string, string> environment)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Each set variable by its letters-and-digits key (the first name in ordinal order where several match).</summary>
    private readonly Lazy<Dictionary<string, string>> _variablesByKey = new(() => environment.Keys.Where(name => environment[name].Length > 0)
        .Order(StringComparer.Ordinal).GroupBy(ParameterName.LettersAndDigits).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    /// <param name="modeOptions">The options the modes add, which are no parameters but known options all the same.</param>
    public void Resolve(MlopsBuild build, BuildOptions options, IEnumerable<string> modeOptions)
    {
        RejectUnknownOptions(options, modeOptions);
        var files = options.Profiles.AsEnumerable().Reverse()
            .Select(profile => ReadFile(root / ".nuke" / $"parameters.{profile}.json", mustExist: true, profile))
            .Append(ReadFile(root / ".nuke" / "parameters.json", mustExist: false, profile: null))
            .OfType<ParameterFile>()
            .ToList();

        foreach (var parameter in parameters)
        {
            build.DeclaredParameters.TryAdd(parameter.Name, parameter.GetValue(build));
            var value = FromCommandLine(parameter, options) ?? FromEnvironment(parameter) ?? FromFiles(parameter, files);
            if (value is { } found)
            {
                parameter.SetValue(build, found.Value);
            }
        }
    }

    private static (object? Value, bool Found)? FromCommandLine(ParameterMember parameter, BuildOptions options) =>
        options.ParameterArguments.TryGetValue(parameter.Key, out var argument)
            ? (ValueConversion.Convert(parameter, argument.Values, $"--{argument.Option} on the command line", Directory.GetCurrentDirectory()), true)
            : null;

    private (object? Value, bool Found)? FromEnvironment(ParameterMember parameter)
    {
        // An empty variable counts as unset: GitHub Actions passes "" for inputs of other events and for missing secrets.
        var name = environment.GetValueOrDefault(parameter.Name) is { Length: > 0 }
            ? parameter.Name
            : _variablesByKey.Value.GetValueOrDefault(parameter.Key);
        if (name is null)
        {
            return null;
        }

        // Arrays in one variable are separated by spaces or commas; a scalar keeps the whole text.
        var text = environment[name];
        IReadOnlyList<string> values = parameter.IsArray
            ? text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [text];
        return (ValueConversion.Convert(parameter, values, $"environment variable {name}", Directory.GetCurrentDirectory()), true);
    }

    private (object? Value, bool Found)? FromFiles(ParameterMember parameter, List<ParameterFile> files)
    {
        foreach (var file in files)
        {
            if (file.Values.TryGetValue(parameter.Key, out var entry))
            {
                return (ValueConversion.Convert(parameter, entry.Values, $"'{entry.Key}' in {file.DisplayPath}", root), true);
            }
        }

        return null;
    }

    private void RejectUnknownOptions(BuildOptions options, IEnumerable<string> modeOptions)
    {
        foreach (var (key, (option, _)) in options.ParameterArguments)
        {
            if (parameters.All(p => p.Key != key))
            {
                var known = parameters.Select(p => p.Option).Concat(CommandLine.EngineOptions.Select(o => o.Name).Concat(modeOptions).Select(o => "--" + o));
                throw new BuildInputException($"Unknown option '--{option}'.{Names.DidYouMean.OrKnown("--" + option, known.Order(StringComparer.Ordinal))}");
            }
        }
    }

    private ParameterFile? ReadFile(AbsolutePath path, bool mustExist, string? profile)
    {
        var display = path.RelativeTo(root);
        if (!File.Exists(path))
        {
            return mustExist ? throw new BuildInputException($"Profile '{profile}' needs {display}, which does not exist.") : null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), JsonOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BuildInputException($"Malformed {display}: the top level must be an object of parameter names to values.");
            }

            var values = new Dictionary<string, (string Key, List<string> Values)>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$'))
                {
                    continue; // $schema and friends
                }

                var key = ParameterName.LettersAndDigits(property.Name);
                if (parameters.All(p => p.Key != key))
                {
                    throw new BuildInputException(
                        $"Malformed {display}: '{property.Name}' is not a parameter of this build." +
                        Names.DidYouMean.OrKnown(property.Name, parameters.Select(p => p.Name).Order(StringComparer.Ordinal)));
                }

                if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    values[key] = (property.Name, Texts(property.Value, display, property.Name));
                }
            }

            return new ParameterFile(display, values);
        }
        catch (JsonException e)
        {
            throw new BuildInputException($"Malformed {display}: line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {FirstSentence(e.Message)}", e);
        }
    }

    private static List<string> Texts(JsonElement value, string display, string name) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().SelectMany(v => Texts(v, display, name)).ToList(),
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => [value.GetRawText()],
        _ => throw new BuildInputException($"Malformed {display}: '{name}' must be a string, number, boolean or array of those."),
    };

    private static string FirstSentence(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.') + ".";

    private sealed record ParameterFile(string DisplayPath, Dictionary<string, (string Key, List<string> Values)> Values);
}
