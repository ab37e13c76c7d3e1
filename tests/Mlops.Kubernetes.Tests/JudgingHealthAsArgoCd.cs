using System.Text.Json.Nodes;

namespace Mlops.Kubernetes.Tests;

/// <summary>
/// Real Rollouts, AnalysisRuns and Applications (../shared/argo-health) get the health Argo CD gives them: the same
/// status and the same message, case by case from the corpus's expected.yaml.
/// </summary>
public sealed class JudgingHealthAsArgoCd
{
    public static TheoryData<string, string, string> Rollouts => ArgoCorpus.Expected("rollout");

    public static TheoryData<string, string, string> AnalysisRuns => ArgoCorpus.Expected("analysisrun");

    [Theory]
    [MemberData(nameof(Rollouts))]
    public void Every_recorded_rollout_is_judged_as_Argo_CD_judges_it(string file, string status, string message)
    {
        var health = RolloutHealth.Of(ArgoCorpus.Read("rollout", file));

        Assert.Equal((status, message), (health.Status.ToString(), health.Message));
    }

    [Theory]
    [MemberData(nameof(AnalysisRuns))]
    public void Every_recorded_analysis_run_is_judged_as_Argo_CD_judges_it(string file, string status, string message)
    {
        var health = AnalysisRunHealth.Of(ArgoCorpus.Read("analysisrun", file));

        Assert.Equal((status, message), (health.Status.ToString(), health.Message));
    }

    [Theory]
    [InlineData("application-healthy.yaml", HealthStatus.Healthy)]
    [InlineData("application-degraded.yaml", HealthStatus.Degraded)]
    public void An_application_is_as_healthy_as_its_status_says(string file, HealthStatus status)
    {
        var application = ApplicationState.Of(ArgoCorpus.Read("application", file));

        Assert.Equal(status, application.Health.Status);
        Assert.Equal("Unknown", application.Sync); // these recordings say nothing of sync
        Assert.Null(application.Revision);
    }

    [Fact]
    public void An_application_says_which_commit_it_is_synced_to()
    {
        var application = ApplicationState.Of(ArgoCorpus.Named(ArgoCorpus.Read("application", "application-healthy.yaml"), "argocd", "mlops-staging",
            a => a["status"]!["sync"] = new JsonObject { ["status"] = "Synced", ["revision"] = "1a2b3c4d5e6f" }));

        Assert.Equal("Synced to 1a2b3c4 and Healthy", application.ToString());
    }

    [Fact]
    public void A_rollout_the_script_cannot_read_is_unknown_with_the_reason()
    {
        // Argo CD's script walks status.conditions with ipairs, which fails when there are none: Argo CD says Unknown.
        var rollout = ArgoCorpus.Read("rollout", "canary_healthy_executedAllSteps.yaml");
        rollout["status"]!.AsObject().Remove("conditions");

        var health = RolloutHealth.Of(rollout);

        Assert.Equal(HealthStatus.Unknown, health.Status);
        Assert.Contains("ipairs", health.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rollout_being_deleted_is_progressing()
    {
        var rollout = ArgoCorpus.Read("rollout", "canary_healthy_executedAllSteps.yaml");
        rollout["metadata"]!["deletionTimestamp"] = "2024-01-01T00:00:00Z";

        Assert.Equal(new ResourceHealth(HealthStatus.Progressing, "Pending deletion"), RolloutHealth.Of(rollout));
    }

    [Fact]
    public void A_phase_Argo_CD_does_not_know_is_unknown()
    {
        var rollout = ArgoCorpus.Read("rollout", "suspended_v1.0_pausedRollout.yaml");
        rollout["status"]!["phase"] = "Sleeping";

        Assert.Equal(new ResourceHealth(HealthStatus.Unknown, "Lua returned an invalid health status"), RolloutHealth.Of(rollout));
    }

    [Theory]
    [InlineData("suspended_v1.0_pausedRollout.yaml", 1, false)] // pause: {} waits for a person
    [InlineData("suspended_v1.0_pausedRollout.yaml", 3, true)] // pause: {duration: 10} ends by itself
    public void Only_a_timed_canary_pause_ends_by_itself(string file, int step, bool endsByItself)
    {
        var rollout = ArgoCorpus.Read("rollout", file);
        rollout["status"]!["currentStepIndex"] = step;

        var state = RolloutState.Of(rollout);

        Assert.Equal(HealthStatus.Suspended, state.Health.Status);
        Assert.Equal(endsByItself, state.PauseEndsByItself);
    }
}
