using Mlops.Containers;
using Mlops.Delivery;
using Mlops.Files;
using Mlops.Targets;
using Mlops.Targets.GitHubActions;
using Mlops.Targets.Simulation;
using Serilog;

namespace Mlops.Build;

/// <summary>
/// Where images are built and pushed. Locally Up starts a podman API service and a registry of this checkout's own on
/// loopback and makes the base image; on a GitHub Actions runner the runner's Docker and ghcr.io are used instead.
/// </summary>
internal sealed partial class Build
{
    [Parameter("Docker API of the engine that builds and pushes (default: the one Up started; on GitHub Actions the runner's Docker)")]
    private readonly string? _dockerHost = null;

    [Parameter("Registry to push to, host[:port] (default: Up's registry on loopback; on GitHub Actions ghcr.io)")]
    private readonly string? _registry = null;

    [Parameter("Base image of the serving image (default: Up's local base; on GitHub Actions the official ASP.NET runtime, pinned by digest)")]
    private readonly string? _baseImage = null;

    [Parameter("User name for the registry (on GitHub Actions: the workflow's actor)")]
    private readonly string? _registryUsername = null;

    [Parameter("Password or token for the registry (on GitHub Actions: the workflow's GITHUB_TOKEN)")]
    [Secret]
    private readonly string? _registryPassword = null;

    private LocalContainerHost LocalContainers => new(TemporaryDirectory / "containers");

    private AbsolutePath ImageRecord => ArtifactsDirectory / "image" / "image.json";

    private AbsolutePath ServingProject => RootDirectory / "src" / "Mlops.Serving" / "Mlops.Serving.csproj";

    /// <summary>The engine, registry and base image in effect: the parameters where given, else the runner's or Up's.</summary>
    private ContainerHost Containers => Host.IsGitHubActions
        ? new ContainerHost(_dockerHost ?? "unix:///var/run/docker.sock", _registry ?? "ghcr.io", _baseImage ?? ServingImage.OfficialBase)
        : LocalContainers.Running() is { } up
            ? new ContainerHost(_dockerHost ?? up.DockerHost, _registry ?? up.Registry, _baseImage ?? up.BaseImage)
            : new ContainerHost(
                _dockerHost ?? throw new ContainerEngineException("No container engine: run ./build.sh Up first, or pass --docker-host, --registry and --base-image."),
                _registry ?? throw new ContainerEngineException("--docker-host is given without --registry."),
                _baseImage ?? ServingImage.OfficialBase);

    /// <summary>
    /// Who logs in to the registry: the parameters where given; on GitHub Actions the workflow's actor with its
    /// GITHUB_TOKEN (ghcr.io takes it from a job with packages: write); nobody for a registry without log-in, as Up's.
    /// </summary>
    private RegistryCredentials? RegistryLogin
    {
        get
        {
            var user = _registryUsername ?? (Host.IsGitHubActions ? Host.Variable("GITHUB_ACTOR") : null);
            var password = _registryPassword ?? (Host.IsGitHubActions ? _githubToken : null);
            // A user named on purpose logs in even without a password; the actor alone, with no token (a simulation), does not.
            return user is null || (_registryUsername is null && string.IsNullOrEmpty(password)) ? null : new RegistryCredentials(user, password ?? "");
        }
    }

    /// <summary>
    /// In a simulated workflow, the runner's Docker, ghcr.io and the official base image (pulled from the network) are
    /// stood in for by Up's engine, registry and local base image: this machine has no /var/run/docker.sock. Up is
    /// started if it is not running, and then stopped again when the simulation ends.
    /// </summary>
    private RunnerStandIn ContainersStandIn()
    {
        var startedHere = false;
        return new RunnerStandIn("Up's podman engine, registry on loopback and local base image, in place of the runner's Docker, ghcr.io and the official base",
            [nameof(Docker), nameof(Push)],
            async () =>
            {
                startedHere = LocalContainers.Running() is null;
                var up = await LocalContainers.UpAsync(step => Log.Information("{Step}", step));
                return new Dictionary<string, string> { ["DOCKER_HOST"] = up.DockerHost, ["REGISTRY"] = up.Registry, ["BASE_IMAGE"] = up.BaseImage };
            },
            () =>
            {
                if (startedHere)
                {
                    Log.Information("Stopped what the simulation started: {Stopped}", string.Join(", ", LocalContainers.Down()));
                }
            });
    }

    private Target Up => _ => _
        .Description("Start a container engine (podman's Docker API) and a registry on loopback, installing what is missing; make the base image")
        .RunsInDependentJobs() // on CI it is skipped, so it is no job of its own
        .OnlyWhenStatic(() => !Host.IsGitHubActions)
        .Executes(async () =>
        {
            await LocalContainers.UpAsync(step => Log.Information("{Step}", step));
            var host = Containers;
            Log.Information("Engine {DockerHost}, registry {Registry}, base image {BaseImage}; ./build.sh Down stops them",
                host.DockerHost, host.Registry, host.BaseImage);
        });

    private Target Docker => _ => _
        .Description("Build the serving image — runtime, then app, then model layer — tagged as docker/metadata-action would; artifacts/image/image.json")
        .DependsOn(Up, Evaluate)
        .RunsInDependentJobs() // also inside Push's job: a runner's Docker does not outlive its job, so Push builds again (same layers)
        .Consumes(ValidateData)
        .Consumes(Train)
        .Consumes(Evaluate)
        .Produces(ImageRecord)
        .Executes(async () =>
        {
            var built = await new ServingImageBuild(Containers, DotNet, TemporaryDirectory / "image").RunAsync(RootDirectory / "Dockerfile", ServingProject,
                ArtifactsDirectory, await SourceRevision.ReadAsync(RootDirectory, Host.Variables), ImageRecord, line => Log.Debug("{Line}", line));
            Log.Information("Built {Image} ({Id}) serving {Model} {Version}: {Layers} layers, {Size:N1} MB", built.Image.References.First(),
                built.Image.ImageId[..19], built.Model.Name, built.Model.Version, built.Image.Layers.Count, built.Image.Layers.Sum(l => l.Size) / 1e6);
        });

    private Target Push => _ => _
        .Description("Push the image's tags, retrying passing failures; the digest the registry confirms goes into artifacts/image/image.json")
        .DependsOn(Docker)
        .OnlyWhenStatic(GitHubCondition.PushTo("main")) // pull requests build the image but do not push it
        .Permissions("packages: write")
        .Consumes(Docker)
        .Produces(ImageRecord)
        .UsesSecrets(() => _registryPassword, () => _githubToken)
        .Executes(async () =>
        {
            var image = BuiltImage.Read(ImageRecord);
            var host = Containers;
            if (DryRunJournal is { } journal)
            {
                ImagePushPlan.Record(journal, image, host.Registry);
                Log.Information("Would push {References} to {Registry} (recorded in the dry-run report)", string.Join(", ", image.References), host.Registry);
                return;
            }

            // No digest is claimed until the registry confirms one: a push that fails leaves none in image.json.
            (image with { Digest = null }).WriteTo(ImageRecord);
            using var engine = new ContainerEngine(host.DockerHost);
            var pushed = await new ImagePusher(engine, RegistryLogin).PushAsync(image, host.Registry, line => Log.Information("{Line}", line));
            (image with { Digest = pushed.Digest }).WriteTo(ImageRecord);
        });

    private Target Down => _ => _
        .Description("Stop what Up started (by PID); images and the registry's content stay for the next Up")
        .Executes(() =>
        {
            var stopped = LocalContainers.Down();
            Log.Information(stopped.Count == 0 ? "Nothing of Up's was running" : "Stopped {Stopped}", string.Join(", ", stopped));
        });
}
