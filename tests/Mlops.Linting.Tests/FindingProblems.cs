namespace Mlops.Linting.Tests;

[Collection(ActionLintInstallation.Collection)]
public sealed class FindingProblems(ActionLintInstallation installation) : IDisposable
{
    private readonly WorkflowRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task An_undefined_github_property_is_found_at_its_file_line_and_column()
    {
        var ci = _repository.Write(".github/workflows/ci.yml", Workflows.UndefinedProperty);

        var findings = await installation.ActionLint.CheckAsync(_repository.Root, [ci]);

        var finding = Assert.Single(findings);
        Assert.Equal((".github/workflows/ci.yml", 10, 24, "expression"), (finding.File, finding.Line, finding.Column, finding.Rule));
        Assert.StartsWith("property \"foo\" is not defined in object type {", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_runner_label_and_an_unknown_job_key_are_both_found()
    {
        var deploy = _repository.Write(".github/workflows/deploy.yml", Workflows.BadRunnerAndUnknownKey);

        var findings = await installation.ActionLint.CheckAsync(_repository.Root, [deploy]);

        Assert.Equal([(7, 14, "runner-label"), (8, 5, "syntax-check")],
            findings.Select(f => (f.Line, f.Column, f.Rule)).Order());
        Assert.All(findings, f => Assert.Equal(".github/workflows/deploy.yml", f.File));
        var key = findings.Single(f => f.Rule == "syntax-check");
        Assert.StartsWith("unexpected key \"timeout-minute\" for \"job\" section.", key.Message, StringComparison.Ordinal);
        Assert.StartsWith(".github/workflows/deploy.yml:8:5: unexpected key \"timeout-minute\"", key.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(" [syntax-check]", key.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_finding_of_a_run_over_several_files_names_its_own_file()
    {
        string[] files =
        [
            _repository.Write(".github/workflows/ci.yml", Workflows.Clean),
            _repository.Write(".github/workflows/release (v2).yml", Workflows.UndefinedProperty),
            _repository.Write("./.github/workflows/deploy.yml", Workflows.BadRunnerAndUnknownKey),
        ];

        var findings = await installation.ActionLint.CheckAsync(_repository.Root, files);

        Assert.Equal(
            [(".github/workflows/deploy.yml", 7), (".github/workflows/deploy.yml", 8), (".github/workflows/release (v2).yml", 10)],
            findings.Select(f => (f.File, f.Line)).Order());
    }
}
