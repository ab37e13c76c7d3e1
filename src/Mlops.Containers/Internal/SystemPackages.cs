using Mlops.Processes;

namespace Mlops.Containers.Internal;

/// <summary>
/// The Debian packages the local container set-up runs, installed when their command is missing: apt-get as root
/// (waiting for a held dpkg lock, one retry for a mirror's passing failure), else a one-line error with the command.
/// </summary>
internal static class SystemPackages
{
    /// <summary>Command → the package that provides it.</summary>
    public static readonly IReadOnlyList<(string Command, string Package)> Needed =
    [
        ("podman", "podman"), ("runc", "runc"), ("docker-registry", "docker-registry"), ("skopeo", "skopeo"), ("setsid", "util-linux"),
    ];

    public static async Task EnsureInstalledAsync(Action<string> say, CancellationToken cancellation)
    {
        var missing = Needed.Where(n => !OnPath(n.Command)).Select(n => n.Package).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var command = $"apt-get install -y {string.Join(' ', missing)}";
        if (!OnPath("apt-get") || Environment.UserName != "root")
        {
            throw new ContainerEngineException($"Missing {string.Join(", ", missing)}: install them (as root: {command}) and run ./build.sh Up again.");
        }

        say($"Installing {string.Join(", ", missing)} (apt-get)");
        var runner = new ProcessRunner { Echo = false, Environment = new Dictionary<string, string?> { ["DEBIAN_FRONTEND"] = "noninteractive" } };
        for (var attempt = 1; ; attempt++)
        {
            var update = await runner.RunAsync("apt-get", ["update", "-qq", "-o", "DPkg::Lock::Timeout=300"], cancellation: cancellation);
            var install = update.Succeeded
                ? await runner.RunAsync("apt-get", ["install", "-y", "-qq", "-o", "DPkg::Lock::Timeout=300", .. missing], cancellation: cancellation)
                : update;
            if (install.Succeeded)
            {
                return;
            }

            if (attempt == 2)
            {
                throw new ContainerEngineException($"{command} failed: {install.Output.LastOrDefault(l => l.Length > 0) ?? $"exit code {install.ExitCode}"}");
            }
        }
    }

    public static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, command)));
}
