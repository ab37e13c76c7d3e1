using System.Globalization;
using Octokit;

namespace Mlops.GitHub.Internal;

/// <summary>
/// Sends one Octokit request and turns a refusal, a timeout or an unreachable server into a one-line
/// <see cref="GitHubApiException"/> saying what was being done; the token never reaches the message or the cause.
/// </summary>
internal sealed class GitHubCall(IGitHubClient client)
{
    /// <summary>Sends <paramref name="request"/>; <paramref name="doing"/> reads "creating a comment on owner/repo#1".</summary>
    public async Task<T> SendAsync<T>(string doing, Func<Task<T>> request, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        try
        {
            // Octokit takes no cancellation token: stop waiting, and let the one request in flight finish on its own.
            return await request().WaitAsync(cancellation);
        }
        catch (ApiException e)
        {
            throw Refused(doing, e);
        }
        catch (OperationCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            // Octokit's request timeout (100 s unless set) surfaces as a bare cancellation naming nothing.
            throw new GitHubApiException(Redacted($"GitHub did not answer in time for {doing}"), null, Cause(e));
        }
        catch (HttpRequestException e)
        {
            throw new GitHubApiException(Redacted($"GitHub could not be reached for {doing}: {e.Message.ReplaceLineEndings(" ")}"), null, Cause(e));
        }
    }

    /// <summary>GitHub's refusal as one line: the status, GitHub's message and its field errors, and a hint.</summary>
    public GitHubApiException Refused(string doing, ApiException e)
    {
        var status = (int)e.StatusCode;
        var said = string.IsNullOrWhiteSpace(e.ApiError?.Message) ? "" : $": {e.ApiError.Message.ReplaceLineEndings(" ")}";
        // A 422 says what was wrong only in its errors: "A pull request already exists for …", "field head invalid".
        var details = e.ApiError?.Errors is { Count: > 0 } errors
            ? $" ({string.Join("; ", errors.Select(Detail))})"
            : "";
        return new GitHubApiException(
            Redacted($"GitHub answered HTTP {status.ToString(CultureInfo.InvariantCulture)} to {doing}{said}{details}{Hint(status)}"),
            status, Cause(e));
    }

    private static string Detail(ApiErrorDetail error) =>
        !string.IsNullOrWhiteSpace(error.Message)
            ? error.Message.ReplaceLineEndings(" ")
            : $"{error.Resource} {error.Field}: {error.Code}";

    private static string Hint(int status) => status switch
    {
        401 => " (the token is missing, expired or revoked)",
        403 => " (the token may lack write access to pull requests and issues, or a rate limit was hit)",
        404 => " (no such repository or pull request, or the token cannot see it)",
        _ => "",
    };

    private string? Token => client.Connection?.Credentials?.Password;

    // GitHub does not echo the token, but a message must not depend on that.
    private string Redacted(string message) =>
        Token is { Length: > 0 } token ? message.Replace(token, "***", StringComparison.Ordinal) : message;

    // The cause is kept for its details, unless its own text (logged with the error) would carry the token.
    private Exception? Cause(Exception e) =>
        Token is { Length: > 0 } token && e.ToString().Contains(token, StringComparison.Ordinal) ? null : e;
}
