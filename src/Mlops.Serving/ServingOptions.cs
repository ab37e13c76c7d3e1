namespace Mlops.Serving;

/// <summary>How a server runs: the model, the key clients send, where it listens and its limits.</summary>
public sealed record ServingOptions(ServedModel Model, string ApiKey, Serilog.ILogger Logger)
{
    /// <summary>Where Kestrel listens; port 0 takes a free port (the bound address is then in the app's Urls).</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://0.0.0.0:8080"];

    /// <summary>A request body above this is refused with 413 before it is parsed; 1 MiB holds a batch of about 4,000 rows.</summary>
    public long MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>How many of the latest served rows the drift gauges compare with the training profile.</summary>
    public int DriftWindowRows { get; init; } = 5_000;

    /// <summary>
    /// How long a stopping server (SIGTERM) finishes the requests it has before it quits; under Kubernetes' default
    /// 30 s grace period, so in-flight requests end before the kubelet kills the container.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(25);

    /// <summary>Without the key: a record would print every member, and options end up in logs.</summary>
    public override string ToString() =>
        $"ServingOptions {{ Model = {Model.Name} {Model.Version}, Urls = {string.Join(", ", Urls)}, ApiKey = ***, MaxRequestBytes = {MaxRequestBytes}, DriftWindowRows = {DriftWindowRows} }}";
}
