using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

/// <summary>Expression contexts for the tests, written as JSON: the shape they have in a workflow run on GitHub.</summary>
internal static class Contexts
{
    /// <summary>A push to main, with dispatch-style inputs and two needed jobs.</summary>
    public const string PushToMain = """
        {
          "github": {
            "event_name": "push",
            "ref": "refs/heads/main",
            "ref_name": "main",
            "repository": "acme/models",
            "event": { "commits": [ { "author": { "name": "Ada" } }, { "author": { "name": "Grace" } } ] }
          },
          "inputs": { "environment": "production", "replicas": 3, "dry-run": false, "tag": null },
          "needs": {
            "build": { "result": "success", "outputs": { "image": "ghcr.io/acme/model:1.2.0" } },
            "test": { "result": "skipped", "outputs": {} }
          },
          "env": { "REGISTRY": "ghcr.io" },
          "matrix": { "os": "ubuntu-latest", "python": [ "3.11", "3.12" ] }
        }
        """;

    public static ExpressionContext Sample(JobStatus status = JobStatus.Success) => FromJson(PushToMain, status);

    public static ExpressionContext None(JobStatus status = JobStatus.Success) => new(new Dictionary<string, object?>(), status);

    public static ExpressionContext FromJson(string json, JobStatus status = JobStatus.Success) =>
        new((IReadOnlyDictionary<string, object?>)ExpressionJson.Read(json)!, status);

    /// <summary>The contexts of a run triggered by <paramref name="eventName"/> on <paramref name="gitRef"/>.</summary>
    public static ExpressionContext Run(string eventName, string gitRef, string environment = "staging") => FromJson($$"""
        {
          "github": { "event_name": "{{eventName}}", "ref": "{{gitRef}}" },
          "inputs": { "environment": "{{environment}}" }
        }
        """);
}
