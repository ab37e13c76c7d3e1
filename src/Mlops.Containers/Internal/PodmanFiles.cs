namespace Mlops.Containers.Internal;

/// <summary>
/// podman's private configuration under the build's temporary folder, so nothing of the machine's own (or of another
/// checkout's) is touched: the runc runtime with cgroupfs and file events (crun and systemd fail here), ulimits a
/// container may set, overlay storage in the folder, and the local registry as the one, insecure, registry.
/// </summary>
internal sealed class PodmanFiles(string folder)
{
    public string Socket => Path.Combine(folder, "podman.sock");

    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["CONTAINERS_CONF"] = Path.Combine(folder, "containers.conf"),
        ["CONTAINERS_STORAGE_CONF"] = Path.Combine(folder, "storage.conf"),
        ["CONTAINERS_REGISTRIES_CONF"] = Path.Combine(folder, "registries.conf"),
    };

    public void Write(int registryPort)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "containers.conf"), """
            [containers]
            default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

            [engine]
            runtime = "runc"
            cgroup_manager = "cgroupfs"
            events_logger = "file"

            """);
        File.WriteAllText(Path.Combine(folder, "storage.conf"), $"""
            [storage]
            driver = "overlay"
            runroot = "{Path.Combine(folder, "run")}"
            graphroot = "{Path.Combine(folder, "storage")}"

            """);
        File.WriteAllText(Path.Combine(folder, "registries.conf"), $"""
            unqualified-search-registries = []

            [[registry]]
            location = "127.0.0.1:{registryPort}"
            insecure = true

            """);
        File.WriteAllText(Path.Combine(folder, "registry.yml"), $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {Path.Combine(folder, "registry")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{registryPort}

            """);
    }

    public string RegistryConfig => Path.Combine(folder, "registry.yml");
}
