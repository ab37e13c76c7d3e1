using System.Globalization;
using System.Text.Json;

namespace Mlops.Kubernetes;

/// <summary>
/// The instant query of Prometheus' HTTP API (<c>/api/v1/query</c>), as Argo Rollouts' Prometheus provider makes one
/// for each measurement, answering what that provider hands the conditions: the value of each series of the vector
/// (NaN and ±Inf included), empty when no series matched.
/// </summary>
/// <param name="http">The client to ask with; its Timeout is the query's (the metric's provider.prometheus.timeout).</param>
public sealed class PrometheusQuery(HttpClient http)
{
    /// <summary>
    /// The values <paramref name="query"/> evaluates to at <paramref name="time"/> (by default now, as Argo asks), in
    /// the order Prometheus answers them. An address that does not answer, an error Prometheus returns, or a result
    /// that is not a vector (a scalar, a range) is a <see cref="PrometheusException"/> saying which.
    /// </summary>
    public async Task<IReadOnlyList<double>> VectorAsync(string address, string query, DateTimeOffset? time = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(query);
        var form = new Dictionary<string, string> { ["query"] = query };
        if (time is { } at)
        {
            form["time"] = (at.ToUnixTimeMilliseconds() / 1000m).ToString(CultureInfo.InvariantCulture);
        }

        var url = new Uri(address.TrimEnd('/') + "/api/v1/query");
        string body;
        int status;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            using var response = await http.PostAsync(url, content, cancellation);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsStringAsync(cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new PrometheusException($"Prometheus at {address} cannot be reached: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            throw new PrometheusException($"Prometheus at {address} did not answer within {http.Timeout.TotalSeconds:0.#} s", e);
        }

        return Values(address, status, body);
    }

    private static List<double> Values(string address, int status, string body)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(body);
            root = json.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new PrometheusException($"{address} answered HTTP {status} with no Prometheus API response: {Shorten(body)}");
        }

        if (Text(root, "status") != "success")
        {
            throw new PrometheusException($"Prometheus at {address} refused the query (HTTP {status}): {Text(root, "errorType")}: {Text(root, "error")}");
        }

        var data = root.GetProperty("data");
        var type = Text(data, "resultType");
        return type == "vector"
            ? [.. data.GetProperty("result").EnumerateArray().Select(series => Number(series.GetProperty("value")[1].GetString()!))]
            : throw new PrometheusException($"Prometheus at {address} answered a {type}, not the vector the conditions index as result[0]");
    }

    /// <summary>Prometheus writes values as Go formats floats: "0.95", "1e-05", "NaN", "+Inf", "-Inf".</summary>
    private static double Number(string text) => text switch
    {
        "NaN" => double.NaN,
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Shorten(string text) => text.Length <= 200 ? text.Trim() : text[..200].Trim() + "…";
}
