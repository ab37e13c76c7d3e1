using Docker.DotNet;
using Docker.DotNet.Models;
using Mlops.Containers.Internal;

namespace Mlops.Containers;

/// <summary>
/// Builds the serving image through the engine's Docker API from a context it assembles itself — the Dockerfile,
/// app.tar and model.tar, all reproducible tars — so nothing but what the image needs is sent and the same inputs make
/// the same layers. Every progress message is checked; the first error fails the build with that message.
/// </summary>
public sealed class ImageBuilder(ContainerEngine engine)
{
    public async Task<BuiltImage> BuildAsync(ImageBuildRequest request, Action<string> say, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(say);
        var building = $"building {request.Name} tagged {string.Join(", ", request.Tags)}";
        // Checked here, not left to the engine: podman refuses a bad name with a 500 and no reason at all.
        if (request.Tags.Select(tag => $"{request.Name}:{tag}").FirstOrDefault(reference => !ImageName.IsValidReference(reference)) is { } invalid)
        {
            throw new ContainerEngineException($"{building}: {invalid} is not a valid image reference (lower-case name components "
                + "of letters and digits joined by single '.', '_' or '-'; tags of letters, digits, '_', '.', '-').");
        }

        await engine.EnsureReachableAsync(cancellation);
        var context = Path.GetTempFileName();
        try
        {
            await using (var stream = File.Create(context))
            {
                BuildContext(request).WriteTo(stream, request.Time);
            }

            var progress = new EngineProgress(line => say(line));
            await using (var stream = File.OpenRead(context))
            {
                try
                {
                    await engine.Client.Images.BuildImageFromDockerfileAsync(new ImageBuildParameters
                    {
                        Dockerfile = "Dockerfile",
                        Tags = [.. request.Tags.Select(tag => $"{request.Name}:{tag}")],
                        Labels = request.Labels.ToDictionary(),
                        BuildArgs = new Dictionary<string, string> { ["BASE_IMAGE"] = request.BaseImage },
                        NoCache = request.NoCache,
                        Remove = true,
                        ForceRemove = true,
                    }, stream, null, null, progress, cancellation);
                }
                catch (Exception e) when (e is DockerApiException or IOException or HttpRequestException)
                {
                    throw new ContainerEngineException($"{building}: {ContainerEngine.Reason(e)}", e);
                }
            }

            progress.ThrowIfFailed(building);
            return await DescribeAsync(request, $"{request.Name}:{request.Tags[0]}", cancellation);
        }
        finally
        {
            File.Delete(context);
        }
    }

    private static ReproducibleTar BuildContext(ImageBuildRequest request)
    {
        var app = new ReproducibleTar();
        // Symbols, XML docs and native debug files help no one at run time.
        app.AddTree("app", request.AppFolder, file => !file.EndsWith(".pdb", StringComparison.Ordinal) && !file.EndsWith(".xml", StringComparison.Ordinal)
            && !file.EndsWith(".dbg", StringComparison.Ordinal));
        var model = new ReproducibleTar();
        foreach (var file in request.ModelFiles.Order(StringComparer.Ordinal))
        {
            model.AddFile($"artifacts/{file}", Path.Combine(request.ArtifactsFolder, file), executable: false);
        }

        var context = new ReproducibleTar();
        context.AddFile("Dockerfile", request.Dockerfile, executable: false);
        context.AddBytes("app.tar", app.ToBytes(request.Time));
        context.AddBytes("model.tar", model.ToBytes(request.Time));
        return context;
    }

    private async Task<BuiltImage> DescribeAsync(ImageBuildRequest request, string reference, CancellationToken cancellation)
    {
        var image = await engine.Client.Images.InspectImageAsync(reference, cancellation);
        var history = (await engine.Client.Images.GetImageHistoryAsync(reference, cancellation)).Reverse().ToList();
        var diffIds = image.RootFS?.Layers ?? [];
        // History lists every step, oldest first; those that made a layer are the last diffIds.Count with a layer.
        var layered = history.Where(h => h.Size > 0 || IsLayerStep(h.CreatedBy)).TakeLast(diffIds.Count).ToList();
        var layers = diffIds.Select((id, i) => new ImageLayer(id, i < layered.Count ? layered[i].Size : 0,
            i < layered.Count ? Shorten(layered[i].CreatedBy) : "")).ToList();
        return new BuiltImage(request.Name, request.Tags, image.ID, layers, image.Config?.Labels?.ToDictionary() ?? [], request.BaseImage);
    }

    private static bool IsLayerStep(string createdBy) =>
        createdBy.Contains(" ADD ", StringComparison.Ordinal) || createdBy.Contains(" COPY ", StringComparison.Ordinal) || createdBy.Length == 0;

    private static string Shorten(string createdBy) => createdBy.Replace("/bin/sh -c #(nop) ", "", StringComparison.Ordinal).Trim();
}
