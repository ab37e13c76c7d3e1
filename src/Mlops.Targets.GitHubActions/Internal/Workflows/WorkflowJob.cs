using Mlops.Names;
namespace Mlops.Targets.GitHubActions.Internal.Workflows;

/// <summary>
/// One job of a generated workflow: the target it is named after, the targets that run inside it (those declared
/// RunsInDependentJobs, such as Restore and Compile), and the jobs it needs.
/// </summary>
internal sealed class WorkflowJob(ExecutableTarget target)
{
    public ExecutableTarget Target { get; } = target;

    /// <summary>GitHub job ids are letters, digits, '-' and '_': the target's kebab-case name.</summary>
    public string Id => KebabCase.Of(Target.Name);

    /// <summary>The job's own target and the shared targets it runs first, in plan order.</summary>
    public List<ExecutableTarget> Runs { get; } = [];

    public List<WorkflowJob> Needs { get; } = [];

    /// <summary>Every job this one waits for, directly or not: a job may only download what these uploaded.</summary>
    public IEnumerable<WorkflowJob> Ancestors => Needs.Concat(Needs.SelectMany(n => n.Ancestors)).Distinct();
}
