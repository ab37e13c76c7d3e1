using System.Text.Json;

namespace Mlops.GitHub;

/// <summary>
/// The pull request a CI run is for, shown as <c>owner/repository#number</c>.
/// </summary>
public sealed record PullRequestContext(string Owner, string Repository, int Number)
{
    private static readonly string[] PullRequestEvents = ["pull_request", "pull_request_target"];

    public string Owner { get; } = NotBlank(Owner, nameof(Owner));

    public string Repository { get; } = NotBlank(Repository, nameof(Repository));

    public int Number { get; } = Number > 0
        ? Number
        : throw new ArgumentOutOfRangeException(nameof(Number), Number, "A pull request number is positive.");

    /// <summary>
    /// The pull request of this run, read from the GitHub Actions runner's environment: GITHUB_EVENT_NAME
    /// <c>pull_request</c> or <c>pull_request_target</c>, GITHUB_REPOSITORY <c>owner/repository</c>, and
    /// <c>pull_request.number</c> from the event payload at GITHUB_EVENT_PATH. Null when the run is not for a pull
    /// request (a push, a schedule, a local run). A pull request event whose details cannot be read is an
    /// <see cref="InvalidDataException"/> naming the variable or file, rather than a silent null.
    /// </summary>
    public static PullRequestContext? FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!environment.TryGetValue("GITHUB_EVENT_NAME", out var eventName) || !PullRequestEvents.Contains(eventName))
        {
            return null;
        }

        var (owner, repository) = OwnerAndRepository(Variable(environment, "GITHUB_REPOSITORY", eventName));
        return new PullRequestContext(owner, repository, NumberFromPayload(Variable(environment, "GITHUB_EVENT_PATH", eventName)));
    }

    public override string ToString() => $"{Owner}/{Repository}#{Number}";

    private static string Variable(IReadOnlyDictionary<string, string> environment, string name, string eventName) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidDataException($"This is a {eventName} run but {name} is not set, so its pull request is unknown.");

    private static (string Owner, string Repository) OwnerAndRepository(string value)
    {
        var parts = value.Split('/');
        return parts.Length == 2 && parts.All(p => p.Trim().Length == p.Length && p.Length > 0)
            ? (parts[0], parts[1])
            : throw new InvalidDataException($"GITHUB_REPOSITORY is '{value}', not 'owner/repository'.");
    }

    private static int NumberFromPayload(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"GITHUB_EVENT_PATH names {path}, which does not exist.");
        }

        try
        {
            using var payload = JsonDocument.Parse(File.ReadAllBytes(path));
            if (payload.RootElement.ValueKind == JsonValueKind.Object &&
                payload.RootElement.TryGetProperty("pull_request", out var pullRequest) &&
                pullRequest.ValueKind == JsonValueKind.Object &&
                pullRequest.TryGetProperty("number", out var number) &&
                number.ValueKind == JsonValueKind.Number &&
                number.TryGetInt32(out var value) && value > 0)
            {
                return value;
            }
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The event payload {path} (GITHUB_EVENT_PATH) is not JSON: {e.Message}", e);
        }

        throw new InvalidDataException($"The event payload {path} (GITHUB_EVENT_PATH) has no pull_request.number.");
    }

    private static string NotBlank(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The pull request's {name} is empty.", name) : value;
}
