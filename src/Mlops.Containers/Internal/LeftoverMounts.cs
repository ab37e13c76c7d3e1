namespace Mlops.Containers.Internal;

/// <summary>
/// What podman leaves mounted under its storage once its service has stopped (its overlay folder is bind-mounted on
/// itself): unmounted, deepest first, so Down leaves a folder that can be deleted like any other.
/// </summary>
internal static class LeftoverMounts
{
    public static void Unmount(string folder)
    {
        if (!File.Exists("/proc/self/mountinfo"))
        {
            return;
        }

        var prefix = Path.GetFullPath(folder).TrimEnd('/') + "/";
        // mountinfo's fifth field is the mount point, with spaces and the like escaped as octal (\040).
        var mounts = File.ReadLines("/proc/self/mountinfo").Select(line => line.Split(' ')[4].Replace("\\040", " ", StringComparison.Ordinal))
            .Where(point => point.StartsWith(prefix, StringComparison.Ordinal)).Distinct().OrderByDescending(point => point.Length);
        foreach (var point in mounts)
        {
            using var umount = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("umount", ["--lazy", point])
            {
                UseShellExecute = false,
                RedirectStandardError = true,
            });
            umount?.WaitForExit();
        }
    }
}
