namespace Mlops.Targets.GitHubActions.Tests.Workflows;

internal enum Stage
{
    Staging,
    Production,
}

/// <summary>A delivery pipeline shaped like the product's: shared Restore/Compile, data → model → report → push → promote.</summary>
[GitHubWorkflow("ci", On = [GitHubTrigger.PullRequest, GitHubTrigger.Push], PushBranches = ["main"], PullRequestBranches = ["main"],
    InvokedTargets = ["Push", "Lint"], ImportSecrets = ["RegistryPassword", "GithubToken"],
    ImportVariables = ["DataRemote"])]
[GitHubWorkflow("promote", On = [GitHubTrigger.WorkflowDispatch], InvokedTargets = ["Promote"],
    Inputs = ["Stage", "Canary", "Replicas", "Note"], CancelInProgress = false, TimeoutMinutes = 15)]
internal sealed class DeliveryBuild : GitHubBuild
{
    [Parameter("Stage to promote to")]
    public Stage Stage { get; set; } = Stage.Staging;

    [Parameter("Canary first")]
    public bool Canary { get; set; } = true;

    [Parameter("Replicas")]
    public int Replicas { get; set; } = 2;

    [Parameter("Why")]
    public string? Note { get; set; }

    [Parameter("Where the data is fetched from")]
    public string? DataRemote { get; set; }

    [Parameter("Token for pull-request comments")]
    [Secret]
    public string? GithubToken { get; set; }

    [Parameter("Registry password")]
    [Secret]
    public string? RegistryPassword { get; set; }

    public Target Restore => _ => _.RunsInDependentJobs().Executes(() => Log(nameof(Restore)));
    public Target Compile => _ => _.RunsInDependentJobs().DependsOn(Restore).Executes(() => Log(nameof(Compile)));
    public Target Lint => _ => _.DependsOn(Compile).Executes(() => Log(nameof(Lint)));
    public Target ValidateData => _ => _.DependsOn(Compile).Requires(() => DataRemote).Produces("artifacts/data").Executes(() => Log(nameof(ValidateData)));
    public Target Train => _ => _.DependsOn(ValidateData).Consumes(ValidateData).Produces("artifacts/model").Executes(() => Log(nameof(Train)));
    public Target Evaluate => _ => _.DependsOn(Train).Consumes(Train).Produces("artifacts/reports/evaluation.md")
        .UsesSecrets(() => GithubToken).Executes(() => Log(nameof(Evaluate)));
    public Target Push => _ => _
        .DependsOn(Evaluate)
        .Consumes(Train)
        .Requires(() => RegistryPassword)
        .Permissions("packages: write")
        .OnlyWhenStatic(GitHubCondition.PushTo("main"))
        .Executes(() => Log(nameof(Push)));
    public Target Promote => _ => _
        .DependsOn(Push)
        .Permissions("contents: write", "pull-requests: write")
        .DeploysTo("production", "https://model.example.org")
        .Executes(() => Log(nameof(Promote)));

    /// <summary>What Lint does on CI: compare the committed workflows with what the build generates.</summary>
    public Target CheckDrift => _ => _.Unlisted().Executes(() => Drift = GitHubActions.FindDrift());

    public IReadOnlyList<WorkflowDrift> Drift { get; private set; } = [];

    private void Log(string name) => ReportOutcome(name);
}
