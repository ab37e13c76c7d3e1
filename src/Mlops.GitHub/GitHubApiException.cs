namespace Mlops.GitHub;

/// <summary>
/// GitHub refused a request or could not be reached. The message is one line naming the pull request, what was being
/// done and the HTTP status (<see cref="StatusCode"/>, null when there was no answer); it never holds the token.
/// </summary>
public sealed class GitHubApiException : Exception
{
    public GitHubApiException()
    {
    }

    public GitHubApiException(string message)
        : base(message)
    {
    }

    public GitHubApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GitHubApiException(string message, int? statusCode, Exception? innerException)
        : base(message, innerException) => StatusCode = statusCode;

    public int? StatusCode { get; }
}
