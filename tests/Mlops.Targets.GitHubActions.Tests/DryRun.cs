using Mlops.Effects;

namespace Mlops.Targets.GitHubActions.Tests;

/// <summary>--dry-run with the GitHub Actions integration: regenerating the workflows is a side effect like any other.</summary>

public sealed class DryRun : IDisposable
{
    private readonly BuildRun _run = new();

    [GitHubWorkflow("ci", On = [GitHubTrigger.Push], InvokedTargets = ["BumpManifest"])]
    private sealed class Promoting : GitHubBuild
    {
        public bool ReadManifest { get; private set; }

        public Target BumpManifest => _ => _.Executes(() =>
        {
            // Read-only work still happens under --dry-run.
            ReadManifest = File.ReadAllText(RootDirectory / "k8s" / "kustomization.yaml").Contains("newTag", StringComparison.Ordinal);
            RepositoryFiles.WriteText("k8s/kustomization.yaml", "images:\n  - name: model\n    newTag: sha-2\n");
        });

        public Target Push => _ => _.DependsOn(BumpManifest).Executes(() =>
        {
            if (DryRunJournal is { } journal)
            {
                journal.Record(new SideEffect("git push", "origin main (1 commit)"));
                return;
            }

            File.WriteAllText(RootDirectory / "pushed.txt", "pushed");
        });
    }

    public DryRun() => _run.WriteFile("k8s/kustomization.yaml", "images:\n  - name: model\n    newTag: sha-1\n");

    [Fact]
    public void A_recorded_effect_is_not_performed()
    {
        var build = new Promoting();

        _run.Run(build, "Push", "--dry-run");

        Assert.Equal(0, _run.ExitCode);
        Assert.True(build.ReadManifest);
        Assert.Contains("sha-1", File.ReadAllText(_run.Root / "k8s" / "kustomization.yaml"), StringComparison.Ordinal);
        Assert.False(File.Exists(_run.Root / "pushed.txt"));
        Assert.False(Directory.Exists(_run.Root / ".github"), "workflow regeneration is a side effect too");
    }

    [Fact]
    public void The_effects_are_printed_with_a_unified_diff_for_each_file()
    {
        _run.Run(new Promoting(), "Push", "--dry-run");

        Assert.Contains("Dry run: 3 side effect(s) recorded, none performed:", _run.Output, StringComparison.Ordinal);
        Assert.Contains("write file: .github/workflows/ci.yml (new)", _run.Output, StringComparison.Ordinal);
        Assert.Contains("write file: k8s/kustomization.yaml (changed)", _run.Output, StringComparison.Ordinal);
        Assert.Contains("    -    newTag: sha-1", _run.Output, StringComparison.Ordinal);
        Assert.Contains("    +    newTag: sha-2", _run.Output, StringComparison.Ordinal);
        Assert.Contains("git push: origin main (1 commit)", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_effects_are_written_to_artifacts_dry_run_md()
    {
        _run.Run(new Promoting(), "Push", "--dry-run");

        var report = File.ReadAllText(_run.Root / "artifacts" / "dry-run.md");
        Assert.Contains("**git push**: origin main (1 commit)", report, StringComparison.Ordinal);
        Assert.Contains("```diff\n--- a/k8s/kustomization.yaml\n+++ b/k8s/kustomization.yaml", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_dry_run_the_effects_happen()
    {
        _run.Run(new Promoting(), "Push");

        Assert.Contains("sha-2", File.ReadAllText(_run.Root / "k8s" / "kustomization.yaml"), StringComparison.Ordinal);
        Assert.True(File.Exists(_run.Root / "pushed.txt"));
        Assert.True(File.Exists(_run.Root / ".github" / "workflows" / "ci.yml"));
        Assert.DoesNotContain("Dry run", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ci_under_dry_run_shows_the_diff_and_writes_nothing()
    {
        _run.Run(new Promoting(), "--generate-ci", "--dry-run");

        Assert.Equal(0, _run.ExitCode);
        Assert.Contains("+name: ci", _run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_run.Root / ".github"));
    }

    public void Dispose() => _run.Dispose();
}
