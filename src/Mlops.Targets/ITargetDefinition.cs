using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Mlops.Files;

namespace Mlops.Targets;

/// <summary>What a target declares about itself. Every method returns the definition so declarations read as one sentence.</summary>
public interface ITargetDefinition
{
    /// <summary>One line shown in --help and --plan.</summary>
    ITargetDefinition Description(string description);

    /// <summary>These targets run (and must succeed) before this one.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>Depends on targets declared by a component interface the build implements.</summary>
    ITargetDefinition DependsOn<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>The reverse of DependsOn: the given targets depend on this one.</summary>
    ITargetDefinition DependentFor(params Target[] targets);

    /// <summary>The reverse of DependsOn for targets of a component interface.</summary>
    ITargetDefinition DependentFor<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Ordering only: when both are planned, this target runs before the given ones.</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <summary>Ordering only: when both are planned, this target runs after the given ones.</summary>
    ITargetDefinition After(params Target[] targets);

    /// <summary>Planning this target also plans the given ones, to run after it.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <summary>Planning any of the given targets also plans this one, to run after it.</summary>
    ITargetDefinition TriggeredBy(params Target[] targets);

    /// <summary>
    /// Decided when the plan is made: when false the target is skipped, and so are dependencies only it needed.
    /// The condition's source text is shown as the reason.
    /// </summary>
    ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>Decided just before the target would run, after its dependencies ran.</summary>
    ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>Parameters that must have a value; checked for every planned target before the first one runs.</summary>
    ITargetDefinition Requires(params Expression<Func<object?>>[] parameters);

    /// <summary>
    /// [Secret] parameters this target reads when they are set, without requiring them (a token for an optional
    /// pull-request comment): on CI its job gets them, like the ones it Requires.
    /// </summary>
    ITargetDefinition UsesSecrets(params Expression<Func<object?>>[] secrets);

    /// <summary>A predicate that must hold; checked for every planned target before the first one runs.</summary>
    ITargetDefinition Requires(Expression<Func<bool>> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>When this target fails, targets that do not depend on it still run (the build still fails).</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>This target runs even after another target failed (clean-up, reports).</summary>
    ITargetDefinition AssuredAfterFailure();

    /// <summary>Hidden from --help; still runnable by name.</summary>
    ITargetDefinition Unlisted();

    /// <summary>Files, folders or globs (relative to the root) this target makes: cache outputs, CI artifacts.</summary>
    ITargetDefinition Produces(params string[] paths);

    /// <inheritdoc cref="Produces(string[])"/>
    ITargetDefinition Produces(params AbsolutePath[] paths);

    /// <summary>This target reads what <paramref name="producer"/> made (all of it, or the given paths).</summary>
    ITargetDefinition Consumes(Target producer, params string[] paths);

    /// <summary>Files, folders or globs (relative to the root) whose content decides whether a cached result is still good.</summary>
    ITargetDefinition Inputs(params string[] paths);

    /// <inheritdoc cref="Inputs(string[])"/>
    ITargetDefinition Inputs(params AbsolutePath[] paths);

    /// <summary>A value (usually a parameter) that decides whether a cached result is still good.</summary>
    ITargetDefinition Inputs(Func<object?> value, [CallerArgumentExpression(nameof(value))] string? text = null);

    /// <summary>
    /// A static condition on where the build runs (e.g. only on CI); extensions build theirs on it, such as a GitHub
    /// event condition. The text is shown as the reason when it is false.
    /// </summary>
    ITargetDefinition OnlyWhenStatic(Func<BuildHost, bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>
    /// Settings an extension keeps for this target, created on first use: a CI integration's declarations (job
    /// permissions, environments) are extension methods that record them here, and it reads them back from
    /// <see cref="ExecutableTarget.Extension{T}"/>.
    /// </summary>
    T Extension<T>() where T : class, new();

    /// <summary>The work. Several calls run in order.</summary>
    ITargetDefinition Executes(Action action);

    /// <inheritdoc cref="Executes(Action)"/>
    ITargetDefinition Executes(Func<Task> action);
}
