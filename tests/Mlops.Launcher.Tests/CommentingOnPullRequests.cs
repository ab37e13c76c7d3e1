using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Mlops.Testing;

namespace Mlops.Launcher.Tests;

/// <summary>
/// Evaluate on a pull request's CI run, with the GitHub API played by a loopback server that refuses the comment as
/// GitHub does for a pull request from a fork (its GITHUB_TOKEN is read-only whatever the workflow asks for).
/// </summary>
[Collection(LaunchingTheCopy.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class CommentingOnPullRequests(CopiedRepository repository) : IDisposable
{
    private const string Token = "ghp_launcherTestOnlyNotARealToken000000000";

    private readonly TemporaryFolder _runner = new();

    public void Dispose() => _runner.Dispose();

    [Fact]
    public async Task A_refused_comment_is_a_warning_annotation_and_the_evaluation_still_decides_the_build()
    {
        using var github = new RefusingGitHub();
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_EVENT_NAME"] = "pull_request",
            ["GITHUB_REPOSITORY"] = "octo/model",
            ["GITHUB_EVENT_PATH"] = _runner.Write("event.json", """{ "pull_request": { "number": 7 } }"""),
            ["GITHUB_STEP_SUMMARY"] = _runner.Write("summary.md", ""),
            ["GITHUB_SERVER_URL"] = github.Address,
            ["GITHUB_TOKEN"] = Token,
        };

        var launch = await repository.LaunchAsync(["Evaluate", "--data-remote", SharedAdultData.Folder, "--force", "Evaluate"],
            onCi: true, environment: environment);

        Assert.True(launch.ExitCode == 0, launch.ToString());
        Assert.True(github.Requests > 0, "the comment was never attempted");
        var warning = Assert.Single(launch.Output, l => l.StartsWith("::warning ", StringComparison.Ordinal));
        Assert.StartsWith("::warning title=Evaluate::The evaluation is in the job summary but not commented on the pull request: " +
            "GitHub answered HTTP 403 to listing the comments on octo/model#7", warning, StringComparison.Ordinal);
        Assert.Contains("## ", File.ReadAllText(_runner["summary.md"]), StringComparison.Ordinal);
        // The one line that may carry the token is the one telling the runner to mask it.
        Assert.Equal([$"::add-mask::{Token}"], launch.Output.Concat(launch.Error).Where(l => l.Contains(Token, StringComparison.Ordinal)));
    }

    /// <summary>A GitHub Enterprise-style API on 127.0.0.1 answering every request as GitHub refuses a read-only token.</summary>
    private sealed class RefusingGitHub : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;
        private int _requests;

        public RefusingGitHub()
        {
            using var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Address = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
            probe.Stop();
            _listener.Prefixes.Add(Address + "/");
            _listener.Start();
            _serving = Task.Run(ServeAsync);
        }

        public string Address { get; }

        public int Requests => Volatile.Read(ref _requests);

        public void Dispose()
        {
            _listener.Close();
            _serving.Wait(TimeSpan.FromSeconds(10));
        }

        private async Task ServeAsync()
        {
            // GitHub's answer to a write with a read-only GITHUB_TOKEN.
            var refusal = Encoding.UTF8.GetBytes(
                """{"message":"Resource not accessible by integration","documentation_url":"https://docs.github.com/rest/issues/comments","status":"403"}""");
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                Interlocked.Increment(ref _requests);
                using var response = context.Response;
                response.StatusCode = 403;
                response.ContentType = "application/json; charset=utf-8";
                await response.OutputStream.WriteAsync(refusal);
            }
        }
    }
}
