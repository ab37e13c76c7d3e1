using System.Diagnostics;
using System.Globalization;
using Mlops.Containers;
using Mlops.Delivery;
using Mlops.DotNet;
using Mlops.Processes;
using Mlops.Serving;
using Mlops.Training;

namespace Mlops.Benchmarks;

/// <summary>
/// The serving image with the real engine and registry (Up in a folder of the benchmark's own, Down after): its size
/// and layers; a model-only change (the chosen candidate retrained with another seed) — layers rebuilt, bytes the push
/// sent, rebuild and push time; an unchanged re-push; and two clean builds compared. Bytes sent are what the
/// registry's storage grew by. The page goes to artifacts/benchmarks/image.md.
/// </summary>
public sealed class ImageBenchmark(string repositoryRoot, string artifactsFolder, string trainingConfig, string trainCsv, IProgress<string>? progress = null)
{
    internal const double SizeGoalMegabytes = 150;

    private static readonly DateTimeOffset CommitTime = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<BenchmarkReport> RunAsync()
    {
        var work = Directory.CreateTempSubdirectory("mlops-image-benchmark-");
        var local = new LocalContainerHost(Path.Combine(work.FullName, "containers"));
        try
        {
            progress?.Report("Image: Up, and publishing the serving app");
            var host = await local.UpAsync(line => progress?.Report(line));
            var app = Path.Combine(work.FullName, "app");
            await new DotNetCli(runner: new ProcessRunner { Echo = false }).PublishAsync(
                Path.Combine(repositoryRoot, "src", "Mlops.Serving", "Mlops.Serving.csproj"), "Release", "linux-x64", app);
            using var engine = new ContainerEngine(host.DockerHost);
            var pusher = new ImagePusher(engine, null);
            Task<BuiltImage> Build(string artifacts, string tag, bool clean) => new ImageBuilder(engine).BuildAsync(
                Request(host, app, artifacts, tag) with { NoCache = clean }, _ => { });

            progress?.Report("Image: clean build and first push");
            var first = await Build(artifactsFolder, "first", clean: true);
            var (firstPush, firstBytes) = await TimedPushAsync(pusher, first, host, local);
            var (_, rePushBytes) = await TimedPushAsync(pusher, first, host, local);

            progress?.Report("Image: a model-only change (the chosen candidate retrained with another seed)");
            var changed = await RetrainedCopyAsync(work.FullName);
            var clock = Stopwatch.StartNew();
            var second = await Build(changed, "model-changed", clean: false);
            var (secondPush, secondBytes) = await TimedPushAsync(pusher, second, host, local);
            var rebuildAndPush = clock.Elapsed;
            var rebuilt = second.Layers.Zip(first.Layers).Count(pair => pair.First.DiffId != pair.Second.DiffId);
            var modelBytes = new FileInfo(ServedModel.FromArtifacts(changed).ModelZip).Length;

            progress?.Report("Image: a second clean build of the first inputs");
            var again = await Build(artifactsFolder, "again", clean: true);
            var sameLayers = again.Layers.Select(l => l.DiffId).SequenceEqual(first.Layers.Select(l => l.DiffId));
            var sameImage = again.ImageId == first.ImageId;
            return Report(first, second, rebuilt, secondBytes, modelBytes, rebuildAndPush, firstPush, firstBytes, rePushBytes, sameLayers, sameImage);
        }
        finally
        {
            local.Down();
            work.Delete(recursive: true);
        }
    }

    private static BenchmarkReport Report(BuiltImage first, BuiltImage second, int rebuilt, long secondBytes, long modelBytes, TimeSpan rebuildAndPush,
        TimeSpan firstPush, long firstBytes, long rePushBytes, bool sameLayers, bool sameImage)
    {
        static string Mb(long bytes) => bytes < 1_000_000
            ? (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " kB"
            : (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
        static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
        var size = first.Layers.Sum(l => l.Size);
        var report = new BenchmarkReport("Image: size, layers, rebuilds and pushes",
                "The serving image built by Mlops.Containers through podman's Docker API (Up in a folder of the benchmark's own) on the local " +
                "base image, pushed to Debian's docker-registry on loopback. Bytes sent are the registry storage's growth. The model-only change " +
                "is the chosen candidate retrained with the config's seed + 1 (a new model.zip, run.json and the same metrics.json).")
            .Columns("measure", "value");
        foreach (var (layer, i) in first.Layers.Select((l, i) => (l, i)))
        {
            report.Row($"layer {i + 1}: {(i == 0 ? "runtime (base)" : i == 1 ? "app" : "model")}", $"{Mb(layer.Size)} (`{layer.DiffId[..19]}`)");
        }

        return report
            .Row("image size", Mb(size))
            .Row("first push: bytes sent, time", $"{Mb(firstBytes)}, {Seconds(firstPush)}")
            .Row("model-only change: layers rebuilt", rebuilt.ToString(CultureInfo.InvariantCulture))
            .Row("model-only change: bytes sent (model.zip is " + Mb(modelBytes) + ")", Mb(secondBytes))
            .Row("model-only change: rebuild + push time", Seconds(rebuildAndPush))
            .Row("unchanged re-push: bytes sent", rePushBytes.ToString("N0", CultureInfo.InvariantCulture))
            .Row("two clean builds: same layer digests", sameLayers ? "yes" : "no")
            .Row("two clean builds: same image digest", sameImage ? "yes" : "no (the engine writes the build time into the config)")
            .Goal($"image size ≤ {SizeGoalMegabytes:0} MB", size / 1e6 <= SizeGoalMegabytes, Mb(size))
            .Goal("model-only change rebuilds 1 layer", rebuilt == 1, rebuilt.ToString(CultureInfo.InvariantCulture))
            .Goal("model-only change sends about the model's size (≤ 2× model.zip)", secondBytes <= 2 * Math.Max(modelBytes, 1), Mb(secondBytes))
            .Goal("unchanged re-push sends 0 bytes", rePushBytes == 0, rePushBytes.ToString("N0", CultureInfo.InvariantCulture))
            .Goal("two clean builds give the same layer digests", sameLayers, sameLayers ? "yes" : "no");
    }

    private ImageBuildRequest Request(ContainerHost host, string app, string artifacts, string tag) =>
        ServingImageBuild.Request(ServedModel.FromArtifacts(artifacts), artifacts, new SourceRevision(new string('0', 40), CommitTime, "serving-benchmark", null),
            host, Path.Combine(repositoryRoot, "Dockerfile"), app, [tag]);

    private static async Task<(TimeSpan Time, long Bytes)> TimedPushAsync(ImagePusher pusher, BuiltImage image, ContainerHost host, LocalContainerHost local)
    {
        var before = StoredBytes(local.RegistryStorage);
        var clock = Stopwatch.StartNew();
        await pusher.PushAsync(image, host.Registry, _ => { });
        return (clock.Elapsed, StoredBytes(local.RegistryStorage) - before);
    }

    private static long StoredBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    /// <summary>A copy of the artifacts whose chosen candidate is retrained with another seed: a new model, nothing else changed.</summary>
    private async Task<string> RetrainedCopyAsync(string work)
    {
        var copy = Path.Combine(work, "artifacts-changed");
        foreach (var file in ServedModel.FromArtifacts(artifactsFolder).ArtifactFiles)
        {
            var target = Path.Combine(copy, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(artifactsFolder, file), target);
        }

        var chosen = ServedModel.FromArtifacts(artifactsFolder).Name;
        var config = TrainingConfig.Read(trainingConfig);
        var retrain = config with { Seed = config.Seed + 1, Candidates = [.. config.Candidates.Where(c => c.Name == chosen)] };
        await new ModelTrainer(retrain).TrainAllAsync(trainCsv, Path.Combine(copy, "model"), new RunContext(null, []));
        return copy;
    }
}
