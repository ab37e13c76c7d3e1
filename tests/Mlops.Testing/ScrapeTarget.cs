namespace Mlops.Testing;

/// <summary>
/// A /metrics endpoint for <see cref="PrometheusServer"/> to scrape ("127.0.0.1:8080"), with the labels its series get,
/// such as the <c>service</c> and <c>namespace</c> that Kubernetes service discovery adds in a cluster.
/// </summary>
public sealed record ScrapeTarget(string Address, IReadOnlyDictionary<string, string> Labels);
