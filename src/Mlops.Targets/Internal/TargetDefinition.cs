using System.Linq.Expressions;
using Mlops.Files;

namespace Mlops.Targets.Internal;

/// <summary>Collects what a target's declaration says. References to other targets stay delegates until the catalog resolves them.</summary>
internal sealed class TargetDefinition(MlopsBuild build) : ITargetDefinition
{
    public string? DescriptionText { get; private set; }
    public List<Target> DependsOnTargets { get; } = [];
    public List<Target> DependentForTargets { get; } = [];
    public List<Target> BeforeTargets { get; } = [];
    public List<Target> AfterTargets { get; } = [];
    public List<Target> TriggersTargets { get; } = [];
    public List<Target> TriggeredByTargets { get; } = [];
    public List<Condition> StaticConditions { get; } = [];
    public List<Condition> DynamicConditions { get; } = [];
    public List<ParameterRequirement> RequiredParameters { get; } = [];
    public List<Condition> RequiredConditions { get; } = [];
    public List<ParameterRequirement> UsedSecrets { get; } = [];
    public bool ProceedsAfterFailure { get; private set; }
    public bool IsAssuredAfterFailure { get; private set; }
    public bool IsUnlisted { get; private set; }
    public List<string> ProducedPaths { get; } = [];
    public List<(Target Producer, string[] Paths)> ConsumedArtifacts { get; } = [];
    public List<string> InputPaths { get; } = [];
    public List<(string Text, Func<object?> Value)> InputValues { get; } = [];
    public List<Func<Task>> Actions { get; } = [];
    public Dictionary<Type, object> Extensions { get; } = [];

    public ITargetDefinition Description(string description) => Set(() => DescriptionText = description);

    public ITargetDefinition DependsOn(params Target[] targets) => Set(() => DependsOnTargets.AddRange(targets));

    public ITargetDefinition DependsOn<TComponent>(params Func<TComponent, Target>[] targets) => DependsOn(Select(targets));

    public ITargetDefinition DependentFor(params Target[] targets) => Set(() => DependentForTargets.AddRange(targets));

    public ITargetDefinition DependentFor<TComponent>(params Func<TComponent, Target>[] targets) => DependentFor(Select(targets));

    public ITargetDefinition Before(params Target[] targets) => Set(() => BeforeTargets.AddRange(targets));

    public ITargetDefinition After(params Target[] targets) => Set(() => AfterTargets.AddRange(targets));

    public ITargetDefinition Triggers(params Target[] targets) => Set(() => TriggersTargets.AddRange(targets));

    public ITargetDefinition TriggeredBy(params Target[] targets) => Set(() => TriggeredByTargets.AddRange(targets));

    public ITargetDefinition OnlyWhenStatic(Func<bool> condition, string? text = null) =>
        Set(() => StaticConditions.Add(new Condition(condition, text ?? "condition")));

    public ITargetDefinition OnlyWhenStatic(Func<BuildHost, bool> condition, string? text = null) =>
        Set(() => StaticConditions.Add(new Condition(() => condition(build.Host), text ?? "condition")));

    public ITargetDefinition OnlyWhenDynamic(Func<bool> condition, string? text = null) =>
        Set(() => DynamicConditions.Add(new Condition(condition, text ?? "condition")));

    public ITargetDefinition Requires(params Expression<Func<object?>>[] parameters) =>
        Set(() => RequiredParameters.AddRange(parameters.Select(ParameterRequirement.From)));

    public ITargetDefinition UsesSecrets(params Expression<Func<object?>>[] secrets) =>
        Set(() => UsedSecrets.AddRange(secrets.Select(ParameterRequirement.From)));

    public ITargetDefinition Requires(Expression<Func<bool>> condition, string? text = null) =>
        Set(() => RequiredConditions.Add(new Condition(condition.Compile(preferInterpretation: true), text ?? condition.ToString())));

    public ITargetDefinition ProceedAfterFailure() => Set(() => ProceedsAfterFailure = true);

    public ITargetDefinition AssuredAfterFailure() => Set(() => IsAssuredAfterFailure = true);

    public ITargetDefinition Unlisted() => Set(() => IsUnlisted = true);

    public ITargetDefinition Produces(params string[] paths) => Set(() => ProducedPaths.AddRange(paths));

    public ITargetDefinition Produces(params AbsolutePath[] paths) => Produces(paths.Select(p => p.Value).ToArray());

    public ITargetDefinition Consumes(Target producer, params string[] paths) => Set(() => ConsumedArtifacts.Add((producer, paths)));

    public ITargetDefinition Inputs(params string[] paths) => Set(() => InputPaths.AddRange(paths));

    public ITargetDefinition Inputs(params AbsolutePath[] paths) => Inputs(paths.Select(p => p.Value).ToArray());

    public ITargetDefinition Inputs(Func<object?> value, string? text = null) => Set(() => InputValues.Add((Condition.Readable(text ?? "value"), value)));

    public T Extension<T>() where T : class, new()
    {
        if (!Extensions.TryGetValue(typeof(T), out var settings))
        {
            Extensions[typeof(T)] = settings = new T();
        }

        return (T)settings;
    }

    public ITargetDefinition Executes(Action action) => Executes(() =>
    {
        action();
        return Task.CompletedTask;
    });

    public ITargetDefinition Executes(Func<Task> action) => Set(() => Actions.Add(action));

    private Target[] Select<TComponent>(Func<TComponent, Target>[] selectors) =>
        build is TComponent component
            ? selectors.Select(select => select(component)).ToArray()
            : throw new BuildInputException($"The build class {build.GetType().Name} does not implement {typeof(TComponent).Name}, which a target refers to.");

    private TargetDefinition Set(Action change)
    {
        change();
        return this;
    }
}

/// <summary>A condition with the source text that declared it, so a skip or a failed requirement can say which.</summary>
internal sealed record Condition
{
    public Condition(Func<bool> evaluate, string text)
    {
        Evaluate = evaluate;
        Text = Readable(text);
    }

    public Func<bool> Evaluate { get; }

    /// <summary>The condition's body as written: "IsServerBuild", not "() => IsServerBuild".</summary>
    public string Text { get; }

    public static string Readable(string text)
    {
        var body = text.Trim();
        return body.StartsWith("()", StringComparison.Ordinal) && body.IndexOf("=>", StringComparison.Ordinal) is var arrow and > 0
            ? body[(arrow + 2)..].Trim()
            : body;
    }
}
