using System.Text.Json;
using Mlops.Containers.Internal;
using Mlops.Files;
using Mlops.Processes;

namespace Mlops.Containers;

/// <summary>
/// A container engine and a registry of this checkout's own, on loopback, for machines without Docker: podman's
/// Docker-compatible API service (runc) and Debian's docker-registry, each on a free port or socket in
/// <paramref name="folder"/>, with private podman configuration and storage there, and the local base image made once.
/// <see cref="UpAsync"/> records their PIDs in the folder; <see cref="Down"/> stops exactly those.
/// </summary>
public sealed class LocalContainerHost(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly PodmanFiles _files = new(Path.GetFullPath(folder));

    public string Folder { get; } = Path.GetFullPath(folder);

    private string StateFile => Path.Combine(Folder, "state.json");

    /// <summary>The environment podman's own commands need to see this set-up (its configuration files).</summary>
    public IReadOnlyDictionary<string, string?> PodmanEnvironment => _files.Environment;

    /// <summary>What <see cref="UpAsync"/> started, while both services still run; null otherwise.</summary>
    public ContainerHost? Running() =>
        ReadState() is { } state && BackgroundProcess.IsRunning(state.PodmanPid, "podman") && BackgroundProcess.IsRunning(state.RegistryPid, "docker-registry")
            ? state.Host : null;

    /// <summary>The services <see cref="UpAsync"/> started and their PIDs, running or not; empty when it recorded none.</summary>
    public IReadOnlyList<(string Program, int Pid)> Services => ReadState()?.Services ?? [];

    /// <summary>Where the registry keeps what is pushed to it.</summary>
    public string RegistryStorage => Path.Combine(Folder, "registry");

    /// <summary>The registry's configuration file, to start it again as Up did.</summary>
    public string RegistryConfig => _files.RegistryConfig;

    /// <summary>Installs what is missing, starts what is not running, makes the base image if it is not there.</summary>
    public async Task<ContainerHost> UpAsync(Action<string> say, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(say);
        await SystemPackages.EnsureInstalledAsync(say, cancellation);
        using var hold = await ProcessLock.AcquireAsync(Path.Combine(Folder, "up.lock"), _ => say("Waiting for another Up or Down of this checkout"), cancellation);
        var state = ReadState();
        if (Running() is { } running)
        {
            say($"Already up: engine {running.DockerHost}, registry {running.Registry}");
        }
        else
        {
            StopAll(state);
            state = await StartAsync(say, cancellation);
            AtomicFile.WriteText(StateFile, JsonSerializer.Serialize(state, Json)); // now, so a failure below still leaves them to Down
        }

        using var engine = new ContainerEngine(state!.Host.DockerHost);
        await engine.EnsureReachableAsync(cancellation);
        var baseImage = await LocalBaseImage.EnsureAsync(engine, say, cancellation);
        state = state with { Host = state.Host with { BaseImage = baseImage } };
        AtomicFile.WriteText(StateFile, JsonSerializer.Serialize(state, Json));
        return state.Host;
    }

    /// <summary>Stops the services <see cref="UpAsync"/> started, by PID; the images and the registry's content stay.</summary>
    public IReadOnlyList<string> Down()
    {
        var state = ReadState();
        var stopped = StopAll(state);
        LeftoverMounts.Unmount(Folder);
        if (File.Exists(StateFile))
        {
            File.Delete(StateFile);
        }

        return stopped;
    }

    private async Task<State> StartAsync(Action<string> say, CancellationToken cancellation)
    {
        var port = FreePort.Next();
        _files.Write(port);
        File.Delete(_files.Socket);
        // At info, podman.log says why a request failed: podman answers some refusals with a bare 500 and says why only there.
        var podman = BackgroundProcess.Start("podman", ["--log-level=info", "system", "service", "--time=0", $"unix://{_files.Socket}"],
            Path.Combine(Folder, "podman.log"), _files.Environment);
        var registry = BackgroundProcess.Start("docker-registry", ["serve", _files.RegistryConfig], Path.Combine(Folder, "registry.log"));
        var state = new State(podman, registry, new ContainerHost($"unix://{_files.Socket}", $"127.0.0.1:{port}", ""));
        try
        {
            await WaitForAsync($"podman's API at {_files.Socket}", Path.Combine(Folder, "podman.log"), "podman", podman, async () =>
            {
                using var engine = new ContainerEngine(state.Host.DockerHost);
                await engine.EnsureReachableAsync(cancellation);
            }, cancellation);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            await WaitForAsync($"the registry at 127.0.0.1:{port}", Path.Combine(Folder, "registry.log"), "docker-registry", registry,
                async () => (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/v2/"), cancellation)).EnsureSuccessStatusCode(), cancellation);
        }
        catch
        {
            StopAll(state);
            throw;
        }

        say($"Up: podman (PID {podman}) at {state.Host.DockerHost}, registry (PID {registry}) at {state.Host.Registry}");
        return state;
    }

    private static async Task WaitForAsync(string what, string log, string program, int pid, Func<Task> probe, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await probe();
                return;
            }
            catch (Exception e) when (e is ContainerEngineException or HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
            {
                if (!BackgroundProcess.IsRunning(pid, program) || DateTime.UtcNow > deadline)
                {
                    var last = File.Exists(log) ? File.ReadLines(log).LastOrDefault(l => l.Trim().Length > 0) : null;
                    throw new ContainerEngineException($"{what} did not come up{(BackgroundProcess.IsRunning(pid, program) ? " in 30 s" : " (it exited)")}: {last ?? "no output"} (log: {log})", e);
                }

                await Task.Delay(100, cancellation);
            }
        }
    }

    private static List<string> StopAll(State? state)
    {
        var stopped = new List<string>();
        foreach (var (program, pid) in state?.Services ?? [])
        {
            if (BackgroundProcess.Stop(pid, program, TimeSpan.FromSeconds(10)))
            {
                stopped.Add($"{program} (PID {pid})");
            }
        }

        return stopped;
    }

    private State? ReadState()
    {
        try
        {
            return File.Exists(StateFile) ? JsonSerializer.Deserialize<State>(File.ReadAllText(StateFile), Json) : null;
        }
        catch (JsonException)
        {
            return null; // ours and only ours: a damaged one is as good as none
        }
    }

    private sealed record State(int PodmanPid, int RegistryPid, ContainerHost Host)
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public IReadOnlyList<(string Program, int Pid)> Services => [("podman", PodmanPid), ("docker-registry", RegistryPid)];
    }
}
