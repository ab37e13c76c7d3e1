namespace Mlops.Targets.GitHubActions.Tests.Workflows;

/// <summary>Workflow declarations that cannot work fail at generation time with one line naming the declaration.</summary>
public sealed class DeclarationErrors : IDisposable
{
    private readonly BuildRun _run = new();

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Tset"])]
    private sealed class UnknownTarget : GitHubBuild
    {
        public static Target Test => _ => _;
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["A"])]
    private sealed class Cyclic : GitHubBuild
    {
        public Target A => _ => _.DependsOn(B);
        public Target B => _ => _.DependsOn(A);
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Push"])]
    private sealed class BadPermission : GitHubBuild
    {
        public static Target Push => _ => _.Permissions("packages: admin");
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Push"])]
    private sealed class UnknownScope : GitHubBuild
    {
        public static Target Push => _ => _.Permissions("registry: write");
    }

    [GitHubWorkflow("promote", On = [GitHubTrigger.WorkflowDispatch], InvokedTargets = ["Promote"], Inputs = ["Window"])]
    private sealed class UnsupportedInput : GitHubBuild
    {
        [Parameter("Rollout window")]
        public TimeSpan Window { get; set; }

        public Target Promote => _ => _.Executes(() => Window.ToString());
    }

    [GitHubWorkflow("promote", On = [GitHubTrigger.Push], InvokedTargets = ["Promote"], Inputs = ["Stage"])]
    private sealed class InputsWithoutDispatch : GitHubBuild
    {
        [Parameter("Stage")]
        public string? Stage { get; set; }

        public Target Promote => _ => _.Executes(() => Assert.Fail(Stage));
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Push"], ImportSecrets = ["Registry"])]
    private sealed class NotASecret : GitHubBuild
    {
        [Parameter("Registry")]
        public string? Registry { get; set; }

        public Target Push => _ => _.Requires(() => Registry);
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Push"], ImportSecrets = ["Token"])]
    private sealed class UnusedSecret : GitHubBuild
    {
        [Parameter("Token")]
        [Secret]
        public string? Token { get; set; }

        public Target Push => _ => _.Executes(() => Assert.Fail(Token));
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Push"], ImportVariables = ["Token"])]
    private sealed class SecretAsVariable : GitHubBuild
    {
        [Parameter("Token")]
        [Secret]
        public string? Token { get; set; }

        public Target Push => _ => _.Requires(() => Token);
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Pull"], ImportVariables = ["DataRemote"])]
    private sealed class UnusedVariable : GitHubBuild
    {
        [Parameter("Data remote")]
        public string? DataRemote { get; set; }

        public Target Pull => _ => _.Executes(() => Assert.Fail(DataRemote));
    }

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["Report", "Train"])]
    private sealed class ConsumesWithoutNeeding : GitHubBuild
    {
        public static Target Train => _ => _.Produces("artifacts/model");
        public static Target Report => _ => _.Consumes(Train);
    }

    [GitHubWorkflow("CI Pipeline", On = [GitHubTrigger.Push], InvokedTargets = ["Test"])]
    private sealed class BadName : GitHubBuild
    {
        public static Target Test => _ => _;
    }

    public static TheoryData<string, string> Cases => new()
    {
        { nameof(UnknownTarget), "Workflow 'ci' invokes unknown target 'Tset'. Did you mean: Test?" },
        { nameof(Cyclic), "Workflow 'ci': The targets form a cycle: A → B → A" },
        { nameof(BadPermission), "Workflow 'ci', target 'Push': 'packages: admin' is not a GitHub permission" },
        { nameof(UnknownScope), "Workflow 'ci', target 'Push': 'registry: write' is not a GitHub permission" },
        { nameof(UnsupportedInput), "Workflow 'promote': input 'Window' has type TimeSpan, which workflow_dispatch cannot offer" },
        { nameof(InputsWithoutDispatch), "Workflow 'promote' declares inputs, which only the WorkflowDispatch trigger offers." },
        { nameof(NotASecret), "Workflow 'ci': 'Registry' is imported as a secret but is not marked [Secret]." },
        { nameof(UnusedSecret), "Workflow 'ci': secret 'Token' is imported but no target in the workflow requires or uses it" },
        { nameof(SecretAsVariable), "Workflow 'ci': 'Token' is [Secret] and cannot come from a repository variable" },
        { nameof(UnusedVariable), "Workflow 'ci': variable 'DataRemote' is imported but no target in the workflow requires it (add .Requires(() => DataRemote)" },
        { nameof(ConsumesWithoutNeeding), "Workflow 'ci': target 'Report' consumes from 'Train', but job 'report' does not need job 'train'." },
        { nameof(BadName), "Workflow 'CI Pipeline': a workflow name is lower-case letters, digits, '-' and '_'" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_declaration_is_one_line_naming_it(string build, string expected)
    {
        var instance = (MlopsBuild)Activator.CreateInstance(typeof(DeclarationErrors).GetNestedType(build, System.Reflection.BindingFlags.NonPublic)!)!;

        _run.Run(instance, "--generate-ci");

        Assert.Equal(2, _run.ExitCode);
        Assert.StartsWith("error: " + expected, _run.Error, StringComparison.Ordinal);
        Assert.Single(_run.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(_run.Root / ".github"), "nothing half-written");
    }

    public void Dispose() => _run.Dispose();
}
