namespace Mlops.Targets.GitHubActions;

/// <summary>
/// A condition on the GitHub event that runs the build, e.g. "only on a push to main". It becomes the job's
/// <c>if:</c> in a generated workflow, and the target's static condition when the build runs on GitHub Actions (or in
/// <c>--simulate</c>). A local run is not an event: there the condition holds, so the target runs when asked for.
/// </summary>
public sealed class GitHubCondition
{
    private readonly Func<IReadOnlyDictionary<string, string>, bool> _holds;

    private GitHubCondition(string expression, Func<IReadOnlyDictionary<string, string>, bool> holds)
    {
        Expression = expression;
        _holds = holds;
    }

    /// <summary>The GitHub expression, as written into <c>if:</c>.</summary>
    public string Expression { get; }

    public static GitHubCondition Event(string eventName) =>
        new($"github.event_name == '{eventName}'", env => env.GetValueOrDefault("GITHUB_EVENT_NAME") == eventName);

    public static GitHubCondition Branch(string branch) =>
        new($"github.ref == 'refs/heads/{branch}'", env => env.GetValueOrDefault("GITHUB_REF") == $"refs/heads/{branch}");

    public static GitHubCondition PushTo(string branch) => Event("push") & Branch(branch);

    public static GitHubCondition operator &(GitHubCondition left, GitHubCondition right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new($"{Group(left)} && {Group(right)}", env => left._holds(env) && right._holds(env));
    }

    public static GitHubCondition operator |(GitHubCondition left, GitHubCondition right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new($"({left.Expression} || {right.Expression})", env => left._holds(env) || right._holds(env));
    }

    public GitHubCondition BitwiseAnd(GitHubCondition other) => this & other;

    public GitHubCondition BitwiseOr(GitHubCondition other) => this | other;

    /// <summary>True on a local run; on GitHub Actions, whether the event matches.</summary>
    public bool Holds(BuildHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return !host.IsGitHubActions || _holds(host.Variables);
    }

    public override string ToString() => Expression;

    private static string Group(GitHubCondition condition) =>
        condition.Expression.Contains("||", StringComparison.Ordinal) && !condition.Expression.StartsWith('(') ? $"({condition.Expression})" : condition.Expression;
}
