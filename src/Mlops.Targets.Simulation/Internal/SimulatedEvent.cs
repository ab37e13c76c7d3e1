using System.Globalization;
using System.Text.Json;
using Mlops.Files;
using Mlops.Names;
using Mlops.Processes;

namespace Mlops.Targets.Simulation.Internal;

/// <summary>
/// The event a simulation pretends happened: its name, ref, commit and inputs, checked against the workflow's
/// triggers, and everything a runner derives from it (GITHUB_* variables, the github context, the event file).
/// </summary>
internal sealed class SimulatedEvent
{
    private SimulatedEvent(string name, string gitRef, string sha, string branch, string? baseRef, IReadOnlyDictionary<string, string> inputs, string repository)
    {
        Name = name;
        Ref = gitRef;
        Sha = sha;
        Branch = branch;
        BaseRef = baseRef;
        Inputs = inputs;
        Repository = repository;
    }

    public string Name { get; }

    public string Ref { get; }

    public string Sha { get; }

    /// <summary>The local branch: the head of a pull request, the branch of a push.</summary>
    public string Branch { get; }

    public string? BaseRef { get; }

    public IReadOnlyDictionary<string, string> Inputs { get; }

    public string Repository { get; }

    public string RefName => Ref.StartsWith("refs/heads/", StringComparison.Ordinal) ? Ref["refs/heads/".Length..]
        : Ref.StartsWith("refs/tags/", StringComparison.Ordinal) ? Ref["refs/tags/".Length..]
        : Ref["refs/".Length..];

    public static async Task<SimulatedEvent> CreateAsync(AbsolutePath root, SimulationRequest options, WorkflowFile workflow)
    {
        var runs = string.Join(", ", workflow.On.Keys);
        var name = options.Event ?? throw new BuildInputException($"--simulate needs --event: workflow '{workflow.Name}' runs on {runs}.");
        if (!workflow.On.TryGetValue(name, out var filter))
        {
            throw new BuildInputException($"Workflow '{workflow.Name}' does not run on '{name}'; it runs on {runs}.");
        }

        var git = new ProcessRunner { Echo = false };
        var sha = (await git.RunAsync("git", ["rev-parse", "HEAD"], root)).EnsureSuccess().Output[0].Trim();
        var head = (await git.RunAsync("git", ["rev-parse", "--abbrev-ref", "HEAD"], root)).Output;
        var branch = head.Count > 0 && head[0].Trim() is { Length: > 0 } b && b != "HEAD" ? b : "main";
        var origin = await git.RunAsync("git", ["remote", "get-url", "origin"], root);
        var repository = origin.Succeeded ? RepositoryName(origin.Output[0]) : $"local/{root.Name}";

        var baseRef = name == "pull_request" ? filter.Branches.FirstOrDefault(b => !b.Contains('*', StringComparison.Ordinal) && !b.StartsWith('!')) ?? "main" : null;
        var gitRef = options.Ref ?? (name == "pull_request" ? "refs/pull/1/merge" : $"refs/heads/{branch}");
        if (!gitRef.StartsWith("refs/", StringComparison.Ordinal))
        {
            throw new BuildInputException($"--ref {gitRef}: a ref starts with refs/ (refs/heads/main, refs/tags/v1.0).");
        }

        var inputs = name == "workflow_dispatch" ? ResolveInputs(workflow, options.Inputs) : new Dictionary<string, string>();
        if (name != "workflow_dispatch" && options.Inputs.Count > 0)
        {
            throw new BuildInputException($"--input is for --event workflow_dispatch, not {name}.");
        }

        return new SimulatedEvent(name, gitRef, sha, branch, baseRef, inputs, repository);
    }

    /// <summary>Whether the trigger's branch and tag filters let this event run the workflow, and if not, why.</summary>
    public string? FilteredOutBy(TriggerFilter filter)
    {
        if (Name == "pull_request")
        {
            return filter.Branches.Count == 0 || RefFilter.Matches(filter.Branches, BaseRef!) ? null
                : $"pull requests into {BaseRef} do not match branches: {string.Join(", ", filter.Branches)}";
        }

        if (Name != "push" || (filter.Branches.Count == 0 && filter.Tags.Count == 0))
        {
            return null;
        }

        var isTag = Ref.StartsWith("refs/tags/", StringComparison.Ordinal);
        var patterns = isTag ? filter.Tags : filter.Branches;
        return patterns.Count > 0 && RefFilter.Matches(patterns, RefName) ? null
            : $"a push to {Ref} does not match {(isTag ? "tags" : "branches")}: {string.Join(", ", patterns.DefaultIfEmpty("(none)"))}";
    }

    /// <summary>The variables a GitHub-hosted runner sets for every step of a job.</summary>
    public Dictionary<string, string> Variables(string workflow, string job, string workspace, string runnerTemp, string eventFile) => new()
    {
        ["CI"] = "true",
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_WORKFLOW"] = workflow,
        ["GITHUB_JOB"] = job,
        ["GITHUB_RUN_ID"] = RunId,
        ["GITHUB_RUN_NUMBER"] = "1",
        ["GITHUB_RUN_ATTEMPT"] = "1",
        ["GITHUB_EVENT_NAME"] = Name,
        ["GITHUB_EVENT_PATH"] = eventFile,
        ["GITHUB_REF"] = Ref,
        ["GITHUB_REF_NAME"] = RefName,
        ["GITHUB_REF_TYPE"] = Ref.StartsWith("refs/tags/", StringComparison.Ordinal) ? "tag" : "branch",
        ["GITHUB_SHA"] = Sha,
        ["GITHUB_REPOSITORY"] = Repository,
        ["GITHUB_REPOSITORY_OWNER"] = Repository.Split('/')[0],
        ["GITHUB_ACTOR"] = Environment.UserName,
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_API_URL"] = "https://api.github.com",
        ["GITHUB_WORKSPACE"] = workspace,
        ["GITHUB_BASE_REF"] = BaseRef ?? "",
        ["GITHUB_HEAD_REF"] = Name == "pull_request" ? Branch : "",
        ["RUNNER_OS"] = "Linux",
        ["RUNNER_ARCH"] = "X64",
        ["RUNNER_NAME"] = "mlops-simulate",
        ["RUNNER_TEMP"] = runnerTemp,
    };

    /// <summary>The github context of expressions: the same facts as the variables, under GitHub's names.</summary>
    public Dictionary<string, object?> Context(IReadOnlyDictionary<string, string> variables)
    {
        var context = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in variables.Where(v => v.Key.StartsWith("GITHUB_", StringComparison.Ordinal)))
        {
            context[name["GITHUB_".Length..].ToLowerInvariant()] = value;
        }

        context["event"] = JsonValue(EventPayload());
        return context;
    }

    /// <summary>The event payload written to GITHUB_EVENT_PATH: the fields builds read (inputs, pull request refs).</summary>
    public Dictionary<string, object?> EventPayload() => Name switch
    {
        "pull_request" => new()
        {
            ["number"] = 1,
            ["pull_request"] = new Dictionary<string, object?>
            {
                ["number"] = 1,
                ["base"] = new Dictionary<string, object?> { ["ref"] = BaseRef },
                ["head"] = new Dictionary<string, object?> { ["ref"] = Branch, ["sha"] = Sha },
            },
        },
        "workflow_dispatch" => new() { ["inputs"] = Inputs.ToDictionary(i => i.Key, i => (object?)i.Value) },
        _ => new() { ["ref"] = Ref, ["after"] = Sha },
    };

    private string RunId { get; } = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> ResolveInputs(WorkflowFile workflow, IReadOnlyDictionary<string, string> given)
    {
        foreach (var name in given.Keys.Where(n => workflow.Inputs.All(i => i.Name != n)))
        {
            throw new BuildInputException($"--input {name}: workflow '{workflow.Name}' has no such input.{DidYouMean.OrKnown(name, workflow.Inputs.Select(i => i.Name))}");
        }

        var inputs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in workflow.Inputs)
        {
            var value = given.GetValueOrDefault(input.Name) ?? input.Default;
            if (value is null)
            {
                if (input.Required)
                {
                    throw new BuildInputException($"Workflow '{workflow.Name}' requires input '{input.Name}': pass --input {input.Name}=<value>.");
                }

                continue;
            }

            var valid = input.Type switch
            {
                "choice" => input.Options.Contains(value),
                "boolean" => value is "true" or "false",
                "number" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                _ => true,
            };
            if (!valid)
            {
                var expected = input.Type == "choice" ? "one of " + string.Join(", ", input.Options) : input.Type == "boolean" ? "true or false" : "a number";
                throw new BuildInputException($"--input {input.Name}={value}: the input takes {expected}.");
            }

            inputs[input.Name] = value;
        }

        return inputs;
    }

    /// <summary>
    /// GITHUB_REPOSITORY for the origin's URL: owner/name of https://host/owner/name(.git) or git@host:owner/name.git; for
    /// a local path, its last two folders once "." and ".." are resolved (a clone of /home/dev/mlops/. has that origin, and
    /// "main/." is no repository name: an image named after it is refused). Characters GitHub does not allow in a
    /// name become '-', as GitHub makes them when a repository is created.
    /// </summary>
    internal static string RepositoryName(string url)
    {
        var path = url.StartsWith("file://", StringComparison.Ordinal) ? url["file://".Length..] : url;
        path = Path.IsPathRooted(path) ? Path.GetFullPath(path) : path;
        path = path.TrimEnd('/');
        path = path.EndsWith(".git", StringComparison.Ordinal) ? path[..^4] : path;
        var parts = path.Replace(':', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(GitHubName).ToList();
        return parts.Count >= 2 ? $"{parts[^2]}/{parts[^1]}" : $"local/{parts.LastOrDefault() ?? "repository"}";
    }

    private static string GitHubName(string part) =>
        string.Concat(part.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-'));

    /// <summary>A payload as the expression evaluator's values: dictionaries, lists, strings, numbers, booleans.</summary>
    private static object? JsonValue(object? value) => value switch
    {
        Dictionary<string, object?> map => map.ToDictionary(e => e.Key, e => JsonValue(e.Value), StringComparer.OrdinalIgnoreCase),
        int number => (double)number,
        _ => value,
    };

    public string EventJson() => JsonSerializer.Serialize(EventPayload());
}
