namespace Mlops.Containers.Tests;

/// <summary>Tags and labels as docker/metadata-action makes them, from the commit, branch, pull request or release tag.</summary>
public sealed class NamingImages
{
    private static readonly SourceRevision Revision = new("3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49", new DateTimeOffset(2026, 11, 30, 14, 5, 9, TimeSpan.FromHours(1)),
        "acme/mlops", "https://github.com/acme/mlops");

    [Fact]
    public void A_branch_push_is_tagged_with_the_short_sha_and_the_branch_made_a_valid_tag()
    {
        Assert.Equal(["sha-3f2a9c1", "main"], ImageTags.For(Revision with { Branch = "main" }));
        Assert.Equal(["sha-3f2a9c1", "feature-drift-gauge"], ImageTags.For(Revision with { Branch = "feature/drift+gauge" }));
    }

    [Fact]
    public void A_pull_request_is_tagged_pr_n_and_a_release_with_its_version_minor_and_latest()
    {
        Assert.Equal(["sha-3f2a9c1", "pr-42"], ImageTags.For(Revision with { PullRequest = 42 }));
        Assert.Equal(["sha-3f2a9c1", "1.4.2", "1.4", "latest"], ImageTags.For(Revision with { Tag = "v1.4.2" }));
        Assert.Equal(["sha-3f2a9c1", "2.0.0-rc.1"], ImageTags.For(Revision with { Tag = "v2.0.0-rc.1" }));
        Assert.Equal(["sha-3f2a9c1", "nightly"], ImageTags.For(Revision with { Tag = "nightly" }));
    }

    [Fact]
    public void Labels_take_created_from_the_commit_not_the_clock_and_version_from_the_tags()
    {
        var labels = ImageLabels.For(Revision with { Tag = "v1.4.2" }, "mlops-serving", "MIT", new Dictionary<string, string> { ["org.mlops.model.name"] = "lightgbm" });

        Assert.Equal("2026-11-30T13:05:09Z", labels["org.opencontainers.image.created"]);
        Assert.Equal("1.4.2", labels["org.opencontainers.image.version"]);
        Assert.Equal(Revision.Commit, labels["org.opencontainers.image.revision"]);
        Assert.Equal("https://github.com/acme/mlops", labels["org.opencontainers.image.source"]);
        Assert.Equal(("mlops-serving", "MIT", "lightgbm"),
            (labels["org.opencontainers.image.title"], labels["org.opencontainers.image.licenses"], labels["org.mlops.model.name"]));
        Assert.Equal(labels, ImageLabels.For(Revision with { Tag = "v1.4.2" }, "mlops-serving", "MIT", new Dictionary<string, string> { ["org.mlops.model.name"] = "lightgbm" }));
    }

    [Fact]
    public async Task The_revision_comes_from_the_runner_s_variables_on_github_actions()
    {
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_SHA"] = "HEAD",
            ["GITHUB_REF"] = "refs/pull/7/merge",
            ["GITHUB_REPOSITORY"] = "Acme/MLops",
            ["GITHUB_SERVER_URL"] = "https://github.com",
        };

        var revision = await SourceRevision.ReadAsync(Mlops.Testing.RepositoryRoot.Path, environment);

        Assert.Equal((7, "acme/mlops", "https://github.com/Acme/MLops"), (revision.PullRequest, revision.Repository, revision.SourceUrl));
        Assert.NotEqual(DateTimeOffset.UnixEpoch, revision.CommitTime);
    }
}
