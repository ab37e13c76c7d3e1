using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Docker.DotNet.Models;

namespace Mlops.Containers.Internal;

/// <summary>
/// The base image when nothing can be pulled: one layer holding this machine's .NET runtime (ASP.NET Core's shared
/// framework included) and the few system libraries it and the model's native code load — no shell, no package
/// manager — plus an unprivileged user 10001 and a /tmp. Tagged by a hash of its inputs, so it is made once per
/// runtime and found again by every later Up.
/// </summary>
internal static class LocalBaseImage
{
    public const string Repository = "localhost/mlops-dotnet-base";

    /// <summary>Sonames loaded by the runtime (libssl and libcrypto by dlopen, for hashing) and by LightGBM (libgomp).</summary>
    private static readonly string[] Libraries =
    [
        "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libgcc_s.so.1", "libstdc++.so.6", "libgomp.so.1",
        "libssl.so.3", "libcrypto.so.3", "libz.so.1",
    ];

    private static readonly string[] LibraryFolders = ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64"];

    public static async Task<string> EnsureAsync(ContainerEngine engine, Action<string> say, CancellationToken cancellation)
    {
        var tar = Contents();
        var reference = $"{Repository}:{Fingerprint(tar)}";
        var images = await engine.Client.Images.ListImagesAsync(new ImagesListParameters { All = false }, cancellation);
        if (images.Any(i => i.RepoTags?.Contains(reference) == true))
        {
            return reference;
        }

        say($"Making the base image {reference} (the .NET runtime and its libraries, one layer)");
        var file = Path.GetTempFileName();
        try
        {
            await using (var stream = File.Create(file))
            {
                tar.Archive.WriteTo(stream, DateTimeOffset.UnixEpoch);
            }

            var progress = new EngineProgress();
            await using var content = File.OpenRead(file);
            await engine.Client.Images.CreateImageAsync(
                new ImagesCreateParameters { FromSrc = "-", Repo = reference }, content, null, progress, cancellation);
            progress.ThrowIfFailed($"importing {reference}");
            // podman's compatible API once tagged an import "latest" whatever the tag asked for: check it is there.
            var made = await engine.Client.Images.ListImagesAsync(new ImagesListParameters(), cancellation);
            return made.Any(i => i.RepoTags?.Contains(reference) == true)
                ? reference
                : throw new ContainerEngineException($"importing {reference}: the engine did not keep the tag.");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (ReproducibleTar Archive, List<string> Inputs) Contents()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64 || !OperatingSystem.IsLinux())
        {
            throw new ContainerEngineException($"The local base image is made for linux-x64 from this machine's runtime; this is {RuntimeInformation.RuntimeIdentifier}. Pass --base-image.");
        }

        var tar = new ReproducibleTar();
        var inputs = new List<string>();
        var netCore = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/');
        var version = Path.GetFileName(netCore);
        var dotnetRoot = Path.GetFullPath(Path.Combine(netCore, "..", "..", ".."));
        var aspNetCore = Path.Combine(dotnetRoot, "shared", "Microsoft.AspNetCore.App", version);
        var fxr = Path.Combine(dotnetRoot, "host", "fxr", version);
        foreach (var folder in new[] { aspNetCore, fxr })
        {
            if (!Directory.Exists(folder))
            {
                throw new ContainerEngineException($"{folder}: missing; the base image needs the ASP.NET Core runtime {version} beside the .NET runtime.");
            }
        }

        void File(string path, string source)
        {
            tar.AddFile(path, source);
            var info = new FileInfo(source);
            inputs.Add($"{path} {info.Length} {info.LastWriteTimeUtc.Ticks}");
        }

        File("usr/share/dotnet/dotnet", Path.Combine(dotnetRoot, "dotnet"));
        foreach (var (folder, into) in new[] { (fxr, $"usr/share/dotnet/host/fxr/{version}"), (netCore, $"usr/share/dotnet/shared/Microsoft.NETCore.App/{version}"),
            (aspNetCore, $"usr/share/dotnet/shared/Microsoft.AspNetCore.App/{version}") })
        {
            foreach (var source in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                File($"{into}/{Path.GetRelativePath(folder, source).Replace('\\', '/')}", source);
            }
        }

        tar.AddSymlink("usr/bin/dotnet", "../share/dotnet/dotnet");
        foreach (var soname in Libraries)
        {
            File($"usr/lib/x86_64-linux-gnu/{soname}", Find(soname));
        }

        File("lib64/ld-linux-x86-64.so.2", Find("ld-linux-x86-64.so.2"));
        tar.AddSymlink("lib", "usr/lib");
        tar.AddText("etc/passwd", "root:x:0:0:root:/root:/usr/sbin/nologin\napp:x:10001:10001:app:/nonexistent:/usr/sbin/nologin\n");
        tar.AddText("etc/group", "root:x:0:\napp:x:10001:\n");
        tar.AddDirectory("tmp", (UnixFileMode)0b1_111_111_111);
        inputs.Add("recipe 1");
        return (tar, inputs);
    }

    private static string Fingerprint((ReproducibleTar Archive, List<string> Inputs) contents) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', contents.Inputs))))[..16];

    /// <summary>The library's real file (symbolic links followed), from the machine's library folders.</summary>
    private static string Find(string soname)
    {
        foreach (var folder in LibraryFolders)
        {
            var path = Path.Combine(folder, soname);
            if (System.IO.File.Exists(path))
            {
                return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
            }
        }

        throw new ContainerEngineException($"{soname}: not found in {string.Join(", ", LibraryFolders)}; the base image needs it (Debian: libssl3, libstdc++6, libgomp1, zlib1g).");
    }
}
