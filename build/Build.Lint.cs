using Mlops.Files;
using Mlops.GitOps;
using Mlops.Kubernetes;
using Mlops.Linting;
using Mlops.Targets;
using Serilog;

namespace Mlops.Build;

internal sealed partial class Build
{
    [Parameter("Where the CRDs named by k8s/crds.dataset.json are fetched from: a folder or an http(s) URL (on GitHub Actions: the repository variable CRD_REMOTE)")]
    private readonly string _crdRemote = "";

    private AbsolutePath Manifests => RootDirectory / "k8s";

    /// <summary>
    /// Analyzer warnings already fail Compile. Lint adds formatting and code style, checks that the committed workflows
    /// are exactly what the build generates (on CI, where nothing regenerates them), runs actionlint on them, and
    /// checks k8s/ as a cluster would take it. Cached while none of its inputs change.
    /// </summary>
    private Target Lint => _ => _
        .Description("Formatting and code style; committed workflows current and clean under actionlint; k8s/ rendered and checked against the API and the CRDs")
        .DependsOn(Compile)
        .Requires(() => _crdRemote)
        .Inputs("**/*.cs", "**/*.csproj", ".editorconfig", "Directory.Build.props", "Directory.Packages.props", "global.json",
            ".github/workflows/*.yml", ".github/workflows/*.yaml", "k8s/**/*")
        .Inputs(() => _crdRemote)
        .Executes(async () =>
        {
            // Quickest first: a stale workflow is found in a moment, formatting takes the longest.
            CheckWorkflowsAreCurrent();
            var lint = await new ActionLint(TemporaryDirectory / "tools").CheckFolderAsync(RootDirectory, RootDirectory / ".github" / "workflows");
            foreach (var finding in lint.Findings)
            {
                Log.Error("actionlint: {Finding}", finding.ToString());
            }

            lint.EnsureClean();
            Log.Information("actionlint: {Count} workflow file(s), no findings", lint.Files.Count);
            await CheckManifestsAsync();
            await DotNet.VerifyFormatAsync(Solution);
        });

    /// <summary>
    /// Every kustomization under k8s/ rendered with kubectl kustomize; built-in objects loaded strictly, custom
    /// resources checked against the CRDs k8s/crds.dataset.json names by hash (fetched like the data).
    /// </summary>
    private async Task CheckManifestsAsync()
    {
        var crds = TemporaryDirectory / "k8s-crds";
        await PullAsync(Manifests / "crds.dataset.json", _crdRemote, "CRD_REMOTE", crds);
        var kustomize = new Kustomize();
        var report = await new ManifestCheck(kustomize, CustomResourceSchemas.Load(crds)).CheckAsync(RootDirectory, Manifests);
        // The same deprecation is warned about once per overlay; once is enough to read.
        foreach (var warning in report.Warnings.GroupBy(w => w.Problem, StringComparer.Ordinal))
        {
            Log.Warning("kustomize, rendering {Folders}: {Warning}", string.Join(", ", warning.Select(w => w.Source)), warning.Key);
        }

        foreach (var finding in report.Findings)
        {
            Log.Error("k8s: {Finding}", finding.ToString());
        }

        var delivery = Layout.Problems(RootDirectory);
        foreach (var problem in delivery)
        {
            Log.Error("k8s: {Problem}", problem);
        }

        report.EnsureClean();
        if (delivery.Count > 0)
        {
            throw new GitOpsException($"{delivery.Count} problem(s) the delivery targets would stop at: {delivery[0]}");
        }

        Log.Information("k8s: {Kustomizations} kustomization(s) rendered with {Kubectl}, {Objects} object(s) conform", report.Kustomizations.Count,
            await kustomize.VersionAsync(), report.Objects);
    }

    private void CheckWorkflowsAreCurrent()
    {
        var drift = GitHubActions.FindDrift();
        foreach (var file in drift)
        {
            Log.Error("{Path} is not what the build generates; the change that would make it so:\n{Diff}", file.RelativePath, file.Diff.TrimEnd());
        }

        if (drift.Count > 0)
        {
            throw new InvalidOperationException(
                $"{string.Join(", ", drift.Select(d => d.RelativePath))} differ(s) from what the build generates: run ./build.sh --generate-ci and commit the result.");
        }

        Log.Information("Committed workflows are what the build generates");
    }
}
