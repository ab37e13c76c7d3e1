namespace Mlops.GitHub.Tests.Replay;

/// <summary>What the replay server answers: a status, a JSON body and any extra headers (such as Link).</summary>
internal sealed record Reply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);
