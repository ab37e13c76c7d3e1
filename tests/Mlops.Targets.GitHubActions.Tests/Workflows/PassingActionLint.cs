using Mlops.Linting;

namespace Mlops.Targets.GitHubActions.Tests.Workflows;

/// <summary>
/// Everything the generator can write — inputs, environments, conditions, secrets, artifacts, permissions — passes
/// actionlint: the sample delivery build uses every feature, where the product's own ci.yml uses a few.
/// </summary>
public sealed class PassingActionLint : IDisposable
{
    private readonly BuildRun _run = new();
    private readonly DirectoryInfo _tools = Directory.CreateTempSubdirectory("mlops-actionlint-");

    [Fact]
    public async Task The_generated_workflows_have_no_actionlint_findings()
    {
        _run.Run(new DeliveryBuild(), "--generate-ci");
        Assert.True(_run.ExitCode == 0, _run.AllText);

        var findings = await new ActionLint(_tools.FullName).CheckAsync(_run.Root, [".github/workflows/ci.yml", ".github/workflows/promote.yml"]);

        Assert.Empty(findings.Select(f => f.ToString()));
    }

    public void Dispose()
    {
        _run.Dispose();
        _tools.Delete(recursive: true);
    }
}
