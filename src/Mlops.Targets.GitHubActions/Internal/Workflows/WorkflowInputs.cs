using Mlops.Targets.GitHubActions.Internal.Yaml;

namespace Mlops.Targets.GitHubActions.Internal.Workflows;

/// <summary>
/// Parameters offered as typed <c>workflow_dispatch</c> inputs, and the environment variables that hand the chosen
/// values to the build (which reads parameters from the environment).
/// </summary>
internal static class WorkflowInputs
{
    public static YamlMap Declare(string workflow, IEnumerable<ParameterMember> inputs, MlopsBuild build, ISet<string> required)
    {
        var map = new YamlMap();
        foreach (var parameter in inputs)
        {
            var input = new YamlMap
            {
                { "description", parameter.Description.Length > 0 ? parameter.Description : parameter.Name },
                { "required", YamlScalar.Of(required.Contains(parameter.Name)) },
                { "type", InputType(workflow, parameter) },
            };
            if (parameter.ValueType.IsEnum && !parameter.IsArray)
            {
                input.Add("options", new YamlSequence(Enum.GetNames(parameter.ValueType).Select(n => (YamlNode)n)));
            }

            if (parameter.DeclaredValue(build) is { } value && !parameter.IsSecret)
            {
                input.Add("default", value switch
                {
                    bool flag => YamlScalar.Of(flag),
                    IFormattable number and not Enum => new YamlScalar(number.ToString(null, System.Globalization.CultureInfo.InvariantCulture), verbatim: true),
                    _ => value.ToString() ?? "",
                });
            }

            map.Add(OptionName(parameter), input);
        }

        return map;
    }

    public static string OptionName(ParameterMember parameter) => parameter.Option[2..];

    /// <summary>DataRemote → DATA_REMOTE: the build matches environment variables by letters and digits.</summary>
    public static string VariableName(ParameterMember parameter) => OptionName(parameter).Replace('-', '_').ToUpperInvariant();

    private static string InputType(string workflow, ParameterMember parameter)
    {
        var type = parameter.ValueType;
        return parameter.IsArray ? Unsupported(workflow, parameter)
            : type == typeof(string) ? "string"
            : type == typeof(bool) ? "boolean"
            : type.IsEnum ? "choice"
            : type == typeof(int) || type == typeof(long) || type == typeof(double) || type == typeof(decimal) ? "number"
            : Unsupported(workflow, parameter);
    }

    private static string Unsupported(string workflow, ParameterMember parameter) =>
        throw new BuildInputException(
            $"Workflow '{workflow}': input '{parameter.Name}' has type {parameter.Type.Name}, which workflow_dispatch cannot offer (string, bool, enums as choice, numbers).");
}
