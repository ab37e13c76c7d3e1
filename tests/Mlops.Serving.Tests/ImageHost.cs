using Mlops.Containers;
using Mlops.Delivery;
using Mlops.DotNet;
using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>
/// The real parts an image needs, for the tests of the serving image: podman's API and a registry started by Up in a
/// folder of the tests' own (stopped by PID when they end), and the serving app published as the Docker target does.
/// </summary>
public sealed class ImageHost : IAsyncLifetime
{
    private const string FolderPrefix = "mlops-images-";
    private const string OwnerFile = "owner.pid";

    // Deleted in DisposeAsync, once Down has stopped what runs from it.
    private readonly string _folder = Directory.CreateTempSubdirectory(FolderPrefix).FullName;
    private readonly List<int> _registriesStarted = [];

    public LocalContainerHost Local => new(Path.Combine(_folder, "containers"));

    public ContainerHost Host { get; private set; } = null!;

    public string App => Path.Combine(_folder, "app");

    /// <summary>Where the registry keeps a repository's uploads in progress (docker-registry's filesystem layout).</summary>
    public string UploadsOf(string repository) =>
        Path.Combine(_folder, "containers", "registry", "docker", "registry", "v2", "repositories", repository, "_uploads");

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_folder, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SweepAbandoned();
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

    /// <summary>Every step is tried even when one fails, and a failure fails the test run (xunit reports a cleanup failure).</summary>
    public Task DisposeAsync()
    {
        var failures = new List<Exception>();
        void Try(Action step)
        {
            try
            {
                step();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ContainerEngineException)
            {
                failures.Add(e);
            }
        }

        foreach (var pid in _registriesStarted)
        {
            Try(() => Mlops.Processes.BackgroundProcess.Stop(pid, "docker-registry", TimeSpan.FromSeconds(5)));
        }

        Try(() => Local.Down());
        Try(() => Directory.Delete(_folder, recursive: true));
        return failures.Count == 0 ? Task.CompletedTask : throw new AggregateException($"The image tests could not clean up {_folder}", failures);
    }

    /// <summary>
    /// Folders of earlier runs killed before they could clean up (their owner process is gone): their services are
    /// stopped and podman's mounts undone, as Down does, so a killed run costs nothing to the next.
    /// </summary>
    private void SweepAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*").Where(f => f != _folder))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner), out var pid) || BackgroundProcess.IsAlive(pid))
            {
                continue; // not ours to judge, or its run is still going
            }

            new LocalContainerHost(Path.Combine(folder, "containers")).Down();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Builds the serving image of <paramref name="artifacts"/> as <paramref name="repository"/>:<paramref name="tag"/>.</summary>
    public async Task<BuiltImage> BuildAsync(string artifacts, string repository, string tag, DateTimeOffset? time = null, string? app = null,
        bool noCache = false)
    {
        var revision = new SourceRevision(TrainedModel.Commit, time ?? new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), repository, "https://example.test/" + repository);
        var request = ServingImageBuild.Request(ServedModel.FromArtifacts(artifacts), artifacts, revision, Host, RepositoryRoot.File("Dockerfile"), app ?? App, [tag]);
        using var engine = new ContainerEngine(Host.DockerHost);
        return await new ImageBuilder(engine).BuildAsync(request with { NoCache = noCache }, _ => { });
    }
}
