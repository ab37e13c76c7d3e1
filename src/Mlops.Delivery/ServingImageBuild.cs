using Mlops.Containers;
using Mlops.DotNet;
using Mlops.Files;
using Mlops.Serving;

namespace Mlops.Delivery;

/// <summary>
/// The serving image of the chosen model: the serving app published for linux-x64, then the image built on the
/// engine — runtime, app, model layers — named by the repository, tagged and labelled for the commit, and recorded
/// in image.json (no record is left when any step fails, so none describes an image that was not built).
/// </summary>
public sealed class ServingImageBuild(ContainerHost host, DotNetCli dotnet, string workFolder)
{
    public const string Title = "mlops-serving";

    /// <summary>What the image's license label says: the project has not chosen a license (SPDX's word for that).</summary>
    public const string License = "NOASSERTION";

    /// <param name="servingProject">Mlops.Serving.csproj, published into the image's app layer.</param>
    /// <param name="artifactsFolder">The pipeline's artifacts: the chosen model (model/metrics.json names it) and its data profile.</param>
    public async Task<BuiltServingImage> RunAsync(string dockerfile, string servingProject, string artifactsFolder, SourceRevision revision,
        string imageRecord, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(revision);
        BuiltServingImage? built = null;
        await FileTree.DeletedIfFailsAsync([imageRecord], async () =>
        {
            var model = ServedModel.FromArtifacts(artifactsFolder);
            var app = Path.Combine(workFolder, "app");
            await dotnet.PublishAsync(servingProject, "Release", "linux-x64", app);
            using var engine = new ContainerEngine(host.DockerHost);
            var image = await new ImageBuilder(engine).BuildAsync(Request(model, artifactsFolder, revision, host, dockerfile, app, ImageTags.For(revision)), line => progress?.Invoke(line));
            image.WriteTo(imageRecord);
            built = new BuiltServingImage(image, model);
        });
        return built!;
    }

    /// <summary>
    /// The build request for the image of <paramref name="model"/> (read from <paramref name="artifactsFolder"/>): named
    /// registry/repository (made a valid image name), the given tags, the OCI labels of the commit and the model's own,
    /// on the host's base image, every file at the commit's time.
    /// </summary>
    public static ImageBuildRequest Request(ServedModel model, string artifactsFolder, SourceRevision revision, ContainerHost host, string dockerfile,
        string app, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(revision);
        ArgumentNullException.ThrowIfNull(host);
        return new ImageBuildRequest(dockerfile, app, artifactsFolder, model.ArtifactFiles, ImageName.For(host.Registry, revision.Repository), tags,
            ImageLabels.For(revision, Title, License, model.Labels), host.BaseImage, revision.CommitTime);
    }
}
