using Mlops.Effects;
using Mlops.GitHub.Tests.Replay;

namespace Mlops.GitHub.Tests;

public sealed class CommentMarkers
{
    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("eval-->")]
    [InlineData("a--b")]
    [InlineData("-leading")]
    [InlineData("line\nbreak")]
    public async Task A_marker_that_could_break_out_of_its_html_comment_is_refused_before_anything_happens(string marker)
    {
        using var github = new ReplayServer();
        var journal = new EffectJournal();
        IPullRequestComments[] implementations =
        [
            new GitHubPullRequestComments(GitHubApi.Client("ghp_replayOnlyNotARealToken0000000000000", github.BaseAddress)),
            new DryRunPullRequestComments(journal),
        ];

        foreach (var comments in implementations)
        {
            var error = await Assert.ThrowsAsync<ArgumentException>(
                () => comments.UpsertAsync(RecordedComments.PullRequest, marker, "body"));
            Assert.Equal("marker", error.ParamName);
        }

        Assert.Empty(github.Requests);
        Assert.True(journal.IsEmpty);
    }

    [Theory]
    [InlineData("evaluation")]
    [InlineData("data-validation")]
    [InlineData("eval/staging.v2")]
    [InlineData("Model_Card")]
    public async Task Letters_and_digits_with_single_separators_make_a_marker(string marker)
    {
        var journal = new EffectJournal();

        await new DryRunPullRequestComments(journal).UpsertAsync(RecordedComments.PullRequest, marker, "body");

        Assert.Contains($"+<!-- mlops:{marker} -->\n", Assert.Single(journal.Effects).Diff, StringComparison.Ordinal);
    }
}
