using Mlops.Effects;
using Mlops.GitHub.Tests.Replay;

namespace Mlops.GitHub.Tests;

public sealed class DryRunComments
{
    [Fact]
    public async Task The_comment_is_recorded_with_its_body_as_a_diff_and_nothing_is_sent()
    {
        using var github = new ReplayServer();
        RecordedComments.Serve(github);
        var journal = new EffectJournal();
        var comments = new DryRunPullRequestComments(journal);

        var result = await comments.UpsertAsync(new PullRequestContext("octo-org", "churn-model", 42), "evaluation", "## Evaluation\nAUC 0.91\n");

        Assert.Equal(new CommentResult(0, Created: false, Url: ""), result);
        var effect = Assert.Single(journal.Effects);
        Assert.Equal("pull request comment", effect.Kind);
        Assert.Equal("create or update comment on octo-org/churn-model#42 (marker evaluation)", effect.Description);
        Assert.Equal(
            "--- /dev/null\n+++ b/octo-org/churn-model#42 comment evaluation\n@@ -0,0 +1,3 @@\n" +
            "+<!-- mlops:evaluation -->\n+## Evaluation\n+AUC 0.91\n",
            effect.Diff);
        Assert.Empty(github.Requests);
    }

    [Fact]
    public async Task Each_upsert_is_its_own_record_in_order()
    {
        var journal = new EffectJournal();
        var comments = new DryRunPullRequestComments(journal);
        var pullRequest = new PullRequestContext("octo-org", "churn-model", 42);

        await comments.UpsertAsync(pullRequest, "data-validation", "ok\n");
        await comments.UpsertAsync(pullRequest, "evaluation", "AUC 0.91\n");

        Assert.Equal(
            ["create or update comment on octo-org/churn-model#42 (marker data-validation)", "create or update comment on octo-org/churn-model#42 (marker evaluation)"],
            journal.Effects.Select(e => e.Description));
    }
}
