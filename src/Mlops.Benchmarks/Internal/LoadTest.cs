using System.Globalization;
using System.Text.RegularExpressions;
using Mlops.Processes;

namespace Mlops.Benchmarks.Internal;

/// <summary>
/// One wrk run against a POST endpoint on loopback: the body and headers from a Lua script wrk loads, the requests per
/// second and the latency percentiles it prints (--latency). A run with any non-2xx answer or socket error is refused,
/// so a fast stream of 401s is never read as throughput.
/// </summary>
internal sealed partial class LoadTest(string scriptFolder)
{
    public sealed record Result(double RequestsPerSecond, TimeSpan P50, TimeSpan P99, long Requests);

    public async Task<Result> RunAsync(Uri url, string body, IReadOnlyDictionary<string, string> headers, TimeSpan duration, int connections)
    {
        var script = Path.Combine(scriptFolder, $"wrk-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, string.Join('\n',
        [
            "wrk.method = \"POST\"",
            $"wrk.body = {Lua(body)}",
            "wrk.headers[\"Content-Type\"] = \"application/json\"",
            .. headers.Select(h => $"wrk.headers[{Lua(h.Key)}] = {Lua(h.Value)}"),
        ]));
        try
        {
            if (!File.Exists("/usr/bin/wrk") && !File.Exists("/usr/local/bin/wrk"))
            {
                throw new InvalidOperationException("wrk is not installed (Debian: apt-get install wrk); the serving benchmark loads the app with it.");
            }

            var run = await new ProcessRunner { Echo = false }.RunAsync("wrk",
                ["-t1", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s", "--latency", "-s", script, url.ToString()]);
            return Parse(string.Join('\n', run.EnsureSuccess().Output));
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>What wrk printed, read; a run with failed requests, or output without the figures, is an error.</summary>
    public static Result Parse(string output)
    {
        if (NonSuccess().IsMatch(output) || SocketErrors().IsMatch(output))
        {
            throw new InvalidOperationException($"wrk saw failed requests: {output}");
        }

        var perSecond = RequestsPerSecond().Match(output);
        var requests = Requests().Match(output);
        if (!perSecond.Success || !requests.Success)
        {
            throw new InvalidOperationException($"wrk printed no request count: {output}");
        }

        return new Result(double.Parse(perSecond.Groups[1].Value, CultureInfo.InvariantCulture), Latency(output, "50"), Latency(output, "99"),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    private static TimeSpan Latency(string output, string percentile)
    {
        var match = Regex.Match(output, $@"^\s*{percentile}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"wrk printed no {percentile}% latency: {output}");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => TimeSpan.FromMicroseconds(value),
            "ms" => TimeSpan.FromMilliseconds(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    private static string Lua(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    /// <summary>wrk prints the line only when there were errors; a timeout counts as one.</summary>
    [GeneratedRegex(@"Socket errors: ")]
    private static partial Regex SocketErrors();
}
