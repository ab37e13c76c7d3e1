namespace Mlops.Containers.Tests;

/// <summary>
/// Tags and labels as docker/metadata-action makes them, from the commit, branch, pull request or release tag, and the
/// image's name made one a registry takes from whatever the repository is called.
/// </summary>
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

    [Theory]
    [InlineData("acme/mlops", "ghcr.io/acme/mlops")]
    [InlineData("Acme/MLops", "ghcr.io/acme/mlops")]
    [InlineData("main/.", "ghcr.io/main")]
    [InlineData("acme/.github", "ghcr.io/acme/github")]
    [InlineData("acme/Churn_.Model--v2__x-", "ghcr.io/acme/churn-model--v2__x")]
    [InlineData("acme/churn model+drift", "ghcr.io/acme/churn-model-drift")]
    [InlineData("./..", "ghcr.io/unnamed")]
    public void An_image_is_named_registry_slash_repository_made_a_valid_name(string repository, string expected)
    {
        var name = ImageName.For("ghcr.io", repository);

        Assert.Equal(expected, name);
        Assert.True(ImageName.IsValidReference($"{name}:pr-1"), name);
    }

    [Theory]
    [InlineData("127.0.0.1:5000/acme/mlops:sha-3f2a9c1", true)]
    [InlineData("localhost/mlops-dotnet-base:0a23ac5581bb31cf", true)]
    [InlineData("ghcr.io/acme/ml__ops.v2:1.4.2", true)]
    [InlineData("mlops:latest", true)]
    [InlineData("127.0.0.1:5000/main/.:sha-3f2a9c1", false)]
    [InlineData("127.0.0.1:5000/Acme/mlops:pr-1", false)]
    [InlineData("127.0.0.1:5000/acme/mlops-:pr-1", false)]
    [InlineData("127.0.0.1:5000/acme/mlops:pr/1", false)]
    [InlineData("127.0.0.1:5000/acme/mlops:.pr-1", false)]
    [InlineData("127.0.0.1:5000/acme/mlops", false)]
    public void A_reference_is_valid_only_as_a_registry_takes_it(string reference, bool valid)
    {
        Assert.Equal(valid, ImageName.IsValidReference(reference));
    }
}
