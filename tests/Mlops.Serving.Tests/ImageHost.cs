using Mlops.Containers;
using Mlops.DotNet;
using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>
/// The real parts an image needs, for the tests of the serving image: podman's API and a registry started by Up in a
/// folder of the tests' own (stopped by PID when they end), and the serving app published as the Docker target does.
/// </summary>
public sealed class ImageHost : IAsyncLifetime
{
    // Deleted in DisposeAsync, once Down has stopped what runs from it.
    private readonly string _folder = Directory.CreateTempSubdirectory("mlops-images-").FullName;
    private readonly List<int> _registriesStarted = [];

    public LocalContainerHost Local => new(Path.Combine(_folder, "containers"));

    public ContainerHost Host { get; private set; } = null!;

    public string App => Path.Combine(_folder, "app");

    /// <summary>Where the registry keeps a repository's uploads in progress (docker-registry's filesystem layout).</summary>
    public string UploadsOf(string repository) =>
        Path.Combine(_folder, "containers", "registry", "docker", "registry", "v2", "repositories", repository, "_uploads");

    public async Task InitializeAsync()
    {
        Host = await Local.UpAsync(_ => { });
        await new DotNetCli(runner: new Mlops.Processes.ProcessRunner { Echo = false })
            .PublishAsync(RepositoryRoot.File("src/Mlops.Serving/Mlops.Serving.csproj"), "Release", "linux-x64", App);
    }

    /// <summary>Stops the registry now running (Up's, or one started again here); true if one was running.</summary>
    public bool StopRegistry() =>
        _registriesStarted.Concat(Local.Services.Where(s => s.Program == "docker-registry").Select(s => s.Pid)).ToList()
            .Select(pid => Mlops.Processes.BackgroundProcess.Stop(pid, "docker-registry", TimeSpan.FromSeconds(5))).ToList().Contains(true);

    /// <summary>Starts the registry again as Up did (same port, same storage); stopped with the rest when the tests end.</summary>
    public void StartRegistry() =>
        _registriesStarted.Add(Mlops.Processes.BackgroundProcess.Start("docker-registry", ["serve", Local.RegistryConfig], Path.Combine(_folder, $"registry-{_registriesStarted.Count}.log")));

    public Task DisposeAsync()
    {
        foreach (var pid in _registriesStarted)
        {
            Mlops.Processes.BackgroundProcess.Stop(pid, "docker-registry", TimeSpan.FromSeconds(5));
        }

        Local.Down();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Builds the serving image of <paramref name="artifacts"/> as <paramref name="repository"/>:<paramref name="tag"/>.</summary>
    public async Task<BuiltImage> BuildAsync(string artifacts, string repository, string tag, DateTimeOffset? time = null, string? app = null,
        bool noCache = false)
    {
        var model = ServedModel.FromArtifacts(artifacts);
        var revision = new SourceRevision(TrainedModel.Commit, time ?? new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), repository, "https://example.test/" + repository);
        using var engine = new ContainerEngine(Host.DockerHost);
        return await new ImageBuilder(engine).BuildAsync(new ImageBuildRequest(RepositoryRoot.File("Dockerfile"), app ?? App, artifacts, model.ArtifactFiles,
            $"{Host.Registry}/{repository}", [tag], ImageLabels.For(revision, "mlops-serving", "NOASSERTION", model.Labels), Host.BaseImage, revision.CommitTime)
        { NoCache = noCache }, _ => { });
    }
}
