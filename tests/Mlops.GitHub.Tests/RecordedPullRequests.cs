using System.Text.Json.Nodes;

namespace Mlops.GitHub.Tests;

/// <summary>The recorded pull-request responses (Fixtures/README.md), served for the repository PyGithub/PyGithub.</summary>
internal static class RecordedPullRequests
{
    public const string Branch = "mlops/adult-income/staging";

    public const string ListPath = "/api/v3/repos/PyGithub/PyGithub/pulls";

    public static readonly PullRequestDraft Draft = new(Branch, "main", "Stage adult-income release 3 in staging", "Image-Digest: sha256:…\n");

    /// <summary>The recorded listing of one open pull request (#32), made to come from <paramref name="headRepository"/>'s <see cref="Branch"/> into main.</summary>
    public static string OpenFrom(string headRepository, string? title = null, string? body = null)
    {
        var pulls = JsonNode.Parse(Fixture.Text("list-pull-requests.json"))!.AsArray();
        var pull = pulls.Single()!;
        pull["head"]!["ref"] = Branch;
        pull["head"]!["label"] = $"{headRepository.Split('/')[0]}:{Branch}";
        pull["head"]!["repo"]!["full_name"] = headRepository;
        pull["base"]!["ref"] = "main";
        if (title is not null)
        {
            pull["title"] = title;
        }

        if (body is not null)
        {
            pull["body"] = body;
        }

        return pulls.ToJsonString();
    }
}
