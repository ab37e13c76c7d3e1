namespace Mlops.Linting.Tests;

[Collection(ActionLintInstallation.Collection)]
public sealed class CheckingAFolder(ActionLintInstallation installation) : IDisposable
{
    private readonly WorkflowRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task Every_yml_and_yaml_in_the_folder_is_checked_in_order_and_nothing_else()
    {
        _repository.Write(".github/workflows/release.yaml", Workflows.Clean);
        _repository.Write(".github/workflows/ci.yml", Workflows.Clean);
        _repository.Write(".github/workflows/README.md", "not a workflow");
        _repository.Write(".github/workflows/old.yml.bak", "not: [a workflow");

        var lint = await installation.ActionLint.CheckFolderAsync(_repository.Root, Path.Combine(_repository.Root, ".github/workflows"));

        Assert.Equal([".github/workflows/ci.yml", ".github/workflows/release.yaml"], lint.Files);
        Assert.Empty(lint.Findings);
        lint.EnsureClean();
    }

    [Fact]
    public async Task A_finding_makes_the_folder_unclean()
    {
        _repository.Write(".github/workflows/ci.yml", Workflows.UndefinedProperty);

        var lint = await installation.ActionLint.CheckFolderAsync(_repository.Root, ".github/workflows");

        Assert.NotEmpty(lint.Findings);
        var error = Assert.Throws<InvalidOperationException>(lint.EnsureClean);
        Assert.Equal($"actionlint found {lint.Findings.Count} problem(s) in the workflows.", error.Message);
    }

    [Fact]
    public async Task No_folder_is_nothing_to_check()
    {
        var lint = await installation.ActionLint.CheckFolderAsync(_repository.Root, ".github/workflows");

        Assert.Equal((0, 0), (lint.Files.Count, lint.Findings.Count));
    }
}
