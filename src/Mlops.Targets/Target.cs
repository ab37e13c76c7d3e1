namespace Mlops.Targets;

/// <summary>
/// A target, declared as a property: <c>Target Compile => _ => _.DependsOn(Restore).Executes(() => …);</c>
/// The engine calls the delegate once with a fresh definition to learn what the target is.
/// </summary>
public delegate ITargetDefinition Target(ITargetDefinition definition);
