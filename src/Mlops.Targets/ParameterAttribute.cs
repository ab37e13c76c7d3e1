namespace Mlops.Targets;

/// <summary>
/// A build input resolved from <c>--kebab-case</c> on the command line, then the environment, then
/// <c>.nuke/parameters.&lt;profile&gt;.json</c>, then <c>.nuke/parameters.json</c>; otherwise the member keeps its initial value.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute(string description = "") : Attribute
{
    public string Description { get; } = description;

    /// <summary>Overrides the name derived from the member (the command line uses its kebab-case form).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The least a number may be (each element of an array too); a resolved value below it is an error naming the
    /// parameter, before any target runs. NaN (the default): no bound. The member's initial value is not checked.
    /// </summary>
    public double Minimum { get; init; } = double.NaN;

    /// <summary>The most a number may be, as <see cref="Minimum"/> is the least.</summary>
    public double Maximum { get; init; } = double.NaN;
}

/// <summary>The parameter's value is masked as <c>***</c> in every line the build prints or writes.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
