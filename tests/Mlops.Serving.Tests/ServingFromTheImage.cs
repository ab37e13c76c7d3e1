using System.Text.Json;
using Mlops.Containers;
using Mlops.Delivery;
using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Serving.Tests;

/// <summary>
/// The serving image with the real engine and registry: built, pushed, seen by skopeo (a third party), pulled back,
/// run read-only as a non-root user on 127.0.0.1, answering with the in-process model's scores.
/// </summary>
[Collection(WithTrainedModel.Name)]
public sealed class ServingFromTheImage(TrainedModel trained, ImageHost images) : IClassFixture<ImageHost>, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task The_docker_step_publishes_the_app_builds_the_image_of_the_chosen_model_and_records_it()
    {
        var revision = new SourceRevision(TrainedModel.Commit, new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), "acme/serving", null)
        {
            Branch = "main",
        };
        var step = new ServingImageBuild(images.Host, new Mlops.DotNet.DotNetCli(runner: new ProcessRunner { Echo = false }), _folder["work"]);

        var built = await step.RunAsync(RepositoryRoot.File("Dockerfile"), RepositoryRoot.File("src/Mlops.Serving/Mlops.Serving.csproj"), trained.Artifacts,
            revision, _folder["image/image.json"]);

        Assert.Equal(trained.Chosen, built.Model.Name);
        Assert.Equal([$"{images.Host.Registry}/acme/serving:sha-0123456", $"{images.Host.Registry}/acme/serving:main"], built.Image.References);
        Assert.Equal(built.Image.ImageId, BuiltImage.Read(_folder["image/image.json"]).ImageId);
        Assert.Equal(built.Model.Sha256, built.Image.Labels["org.mlops.model.sha256"]);
    }

    [Fact]
    public async Task A_pull_request_s_docker_step_builds_under_a_valid_name_whatever_the_repository_is_called()
    {
        // As a simulation of a clone of /home/dev/main/. once named it: podman refused "REGISTRY/main/." with a bare 500.
        var revision = new SourceRevision(TrainedModel.Commit, new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), "main/.", null) { PullRequest = 1 };
        var step = new ServingImageBuild(images.Host, new Mlops.DotNet.DotNetCli(runner: new ProcessRunner { Echo = false }), _folder["work"]);

        var built = await step.RunAsync(RepositoryRoot.File("Dockerfile"), RepositoryRoot.File("src/Mlops.Serving/Mlops.Serving.csproj"), trained.Artifacts,
            revision, _folder["image/image.json"]);

        Assert.Equal([$"{images.Host.Registry}/main:sha-0123456", $"{images.Host.Registry}/main:pr-1"], built.Image.References);
        Assert.Equal("pr-1", built.Image.Labels["org.opencontainers.image.version"]);
    }

    [Fact]
    public async Task A_docker_step_without_an_evaluated_model_fails_naming_it_and_leaves_no_record()
    {
        _folder.Write("image/image.json", "{\"stale\": true}");
        var step = new ServingImageBuild(images.Host, new Mlops.DotNet.DotNetCli(runner: new ProcessRunner { Echo = false }), _folder["work"]);

        var failure = await Assert.ThrowsAsync<ServingInputException>(() => step.RunAsync(RepositoryRoot.File("Dockerfile"),
            RepositoryRoot.File("src/Mlops.Serving/Mlops.Serving.csproj"), _folder["no-artifacts"], new SourceRevision(TrainedModel.Commit, DateTimeOffset.UnixEpoch, "acme/serving", null),
            _folder["image/image.json"]));

        Assert.StartsWith(Path.Combine(_folder["no-artifacts"], "model", "metrics.json") + ": no evaluated model there", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder["image/image.json"]));
    }

    [Fact]
    public async Task The_pushed_image_is_what_skopeo_sees_and_run_read_only_it_serves_the_in_process_scores()
    {
        var built = await images.BuildAsync(trained.Artifacts, "serving", "e2e");
        using var engine = new ContainerEngine(images.Host.DockerHost);
        var pushed = await new ImagePusher(engine, null).PushAsync(built, images.Host.Registry, _ => { });

        var inspected = await SkopeoAsync(built.References.Single());
        Assert.Equal(pushed.Digest, inspected.GetProperty("Digest").GetString());
        Assert.Contains("e2e", inspected.GetProperty("RepoTags").EnumerateArray().Select(t => t.GetString()));
        var labels = inspected.GetProperty("Labels");
        Assert.Equal(TrainedModel.Commit, labels.GetProperty("org.opencontainers.image.revision").GetString());
        Assert.Equal("2026-11-30T12:00:00Z", labels.GetProperty("org.opencontainers.image.created").GetString());
        Assert.Equal(ServedModel.FromArtifacts(trained.Artifacts).Sha256, labels.GetProperty("org.mlops.model.sha256").GetString());
        Assert.Equal(built.Layers.Count, inspected.GetProperty("Layers").GetArrayLength());

        await engine.RemoveImageAsync(built.References.Single());
        await engine.PullAsync(built.References.Single());
        var port = LoopbackPort.Free();
        await using var container = await RunningContainer.StartAsync(engine, built.References.Single(), new Dictionary<string, string> { ["API_KEY"] = ServedApp.Key }, port);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await WaitUntilReadyAsync(client, container);

        Assert.Equal("10001:10001", await container.UserAsync());
        Assert.Equal(200, (int)(await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        Assert.Contains("model_info{", await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)), StringComparison.Ordinal);
        var scorer = ModelScorer.Load(ServedModel.FromArtifacts(trained.Artifacts).ModelZip);
        var rows = TestRows.Values(scorer, 40, skip: 1000);
        using var predict = await client.SendAsync(ServedApp.Post("/predict", TestRows.Batch(scorer, rows)));
        using var infer = await client.SendAsync(ServedApp.Post($"/v2/models/{trained.Chosen}/infer", TestRows.InferRequest(scorer, rows)));
        using var predicted = JsonDocument.Parse(await predict.Content.ReadAsStringAsync());
        using var inferred = JsonDocument.Parse(await infer.Content.ReadAsStringAsync());
        var fromPredict = predicted.RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("probability").GetSingle()).ToList();
        var fromInfer = inferred.RootElement.GetProperty("outputs")[0].GetProperty("data").EnumerateArray().Select(p => p.GetSingle()).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var expected = scorer.Score(rows[i]).Probability;
            Assert.Equal(expected, fromPredict[i], precision: 6);
            Assert.Equal(expected, fromInfer[i], precision: 6);
        }
    }

    [Fact]
    public async Task A_model_only_change_rebuilds_the_model_layer_alone_and_a_clean_build_of_the_same_inputs_gives_the_same_layers()
    {
        var first = await images.BuildAsync(trained.Artifacts, "serving", "layers-a");
        var changed = CopyArtifacts();
        File.WriteAllText(Path.Combine(changed, "model", "metrics.json"), File.ReadAllText(Path.Combine(changed, "model", "metrics.json")).Replace("first run", "first  run", StringComparison.Ordinal));

        var again = await images.BuildAsync(CopyArtifacts("same"), "serving", "layers-b", noCache: true);
        var modelChanged = await images.BuildAsync(changed, "serving", "layers-c");

        Assert.Equal(first.Layers.Select(l => l.DiffId), again.Layers.Select(l => l.DiffId));
        Assert.Equal(first.Layers.SkipLast(1).Select(l => l.DiffId), modelChanged.Layers.SkipLast(1).Select(l => l.DiffId));
        Assert.NotEqual(first.Layers[^1].DiffId, modelChanged.Layers[^1].DiffId);
    }

    [Fact]
    public async Task A_registry_that_dies_mid_push_is_retried_until_the_push_completes()
    {
        // 40 MB no registry has seen, so an upload is under way for a while.
        var app = _folder.CopyIn(images.App, "app-padded");
        File.WriteAllBytes(Path.Combine(app, "padding.bin"), System.Security.Cryptography.RandomNumberGenerator.GetBytes(40 * 1024 * 1024));
        var repository = $"dies-{Guid.NewGuid():N}";
        var built = await images.BuildAsync(trained.Artifacts, repository, "retried", app: app);
        using var engine = new ContainerEngine(images.Host.DockerHost);
        var said = new List<string>();

        var push = new ImagePusher(engine, null, firstRetryDelay: TimeSpan.FromSeconds(1), retries: 6).PushAsync(built, images.Host.Registry, said.Add);
        // Stopped as soon as the registry holds an upload in progress for the image: mid-push, not before or after.
        var uploads = images.UploadsOf(repository);
        for (var waited = 0; !(Directory.Exists(uploads) && Directory.EnumerateFileSystemEntries(uploads).Any()) && waited < 3000; waited++)
        {
            await Task.Delay(10);
        }

        Assert.True(Directory.Exists(uploads), "no upload was seen in 30 s");
        Assert.True(images.StopRegistry(), "no registry was running to stop");
        // Down long enough that the engine's own retries give up and ours take over.
        await Task.Delay(TimeSpan.FromSeconds(8));
        images.StartRegistry();
        var result = await push;

        Assert.Contains(said, line => line.StartsWith("Push failed (", StringComparison.Ordinal));
        var inspected = await SkopeoAsync(built.References.Single());
        Assert.Equal(result.Digest, inspected.GetProperty("Digest").GetString());
    }

    [Fact]
    public async Task A_registry_that_stays_down_fails_the_push_after_the_last_retry_naming_what_failed()
    {
        var built = await images.BuildAsync(trained.Artifacts, "serving", "unreachable");
        using var engine = new ContainerEngine(images.Host.DockerHost);
        var said = new List<string>();
        images.StopRegistry();
        try
        {
            var error = await Assert.ThrowsAsync<ContainerEngineException>(() =>
                new ImagePusher(engine, null, firstRetryDelay: TimeSpan.FromMilliseconds(100), retries: 2).PushAsync(built, images.Host.Registry, said.Add));

            Assert.StartsWith($"pushing {built.Name}:unreachable: ", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            Assert.True(said.Count(line => line.StartsWith("Push failed (", StringComparison.Ordinal)) == 2, error.Message);
        }
        finally
        {
            images.StartRegistry();
        }
    }

    private string CopyArtifacts(string name = "changed") => _folder.CopyIn(trained.Artifacts, name);

    private static async Task<JsonElement> SkopeoAsync(string reference)
    {
        var result = (await new ProcessRunner { Echo = false }.RunAsync("skopeo", ["inspect", "--tls-verify=false", $"docker://{reference}"])).EnsureSuccess();
        return JsonDocument.Parse(string.Join('\n', result.Output)).RootElement.Clone();
    }

    private static async Task WaitUntilReadyAsync(HttpClient client, RunningContainer container)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The container was not ready in 30 s. Its output:\n{await container.LogsAsync()}");
    }
}
