namespace Mlops.Linting.Tests;

[Collection(ActionLintInstallation.Collection)]
public sealed class CleanWorkflows(ActionLintInstallation installation) : IDisposable
{
    private readonly WorkflowRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task A_clean_workflow_with_pinned_actions_has_no_findings()
    {
        var ci = _repository.Write(".github/workflows/ci.yml", Workflows.Clean);

        var findings = await installation.ActionLint.CheckAsync(_repository.Root, [ci]);

        Assert.Empty(findings);
    }

    [Fact]
    public async Task Several_clean_workflows_with_glob_characters_in_their_names_are_checked_in_one_run()
    {
        // The run itself verifies that actionlint reports "Checking 3 workflow file(s)...", so a name the glob failed
        // to match, or a pattern that also caught the file not asked for, would throw here rather than pass quietly.
        _repository.Write(".github/workflows/release (v3).yml", Workflows.Clean);
        string[] files = [".github/workflows/ci.yml", ".github/workflows/release (v2).yml", ".github/workflows/a,b [x] {y}.yaml"];
        foreach (var file in files)
        {
            _repository.Write(file, Workflows.Clean);
        }

        var findings = await installation.ActionLint.CheckAsync(_repository.Root, files);

        Assert.Empty(findings);
    }
}
