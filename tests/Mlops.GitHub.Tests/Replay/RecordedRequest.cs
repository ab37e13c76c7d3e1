namespace Mlops.GitHub.Tests.Replay;

/// <summary>One request the replay server received: method, path with query, the headers that matter, and the body.</summary>
internal sealed record RecordedRequest(string Method, string Target, string? Authorization, string? UserAgent, string Body)
{
    public override string ToString() => $"{Method} {Target}";
}
