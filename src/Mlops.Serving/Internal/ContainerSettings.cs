using System.Globalization;

namespace Mlops.Serving.Internal;

/// <summary>
/// The serving options a container gets from its environment: MODEL_ARTIFACTS (the artifacts folder, default
/// /artifacts), API_KEY or API_KEY_FILE (a mounted secret; one of them is required, so a server is never open by
/// mistake), PORT (default 8080), MAX_REQUEST_BYTES and DRIFT_WINDOW_ROWS. A bad value is one line naming the variable.
/// </summary>
internal static class ContainerSettings
{
    public static ServingOptions Read(IReadOnlyDictionary<string, string?> environment, Serilog.ILogger logger)
    {
        string? Get(string name) => environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        var model = ServedModel.FromArtifacts(Get("MODEL_ARTIFACTS") ?? "/artifacts");
        var defaults = new ServingOptions(model, "unused", logger);
        return new ServingOptions(model, ApiKey(Get("API_KEY"), Get("API_KEY_FILE")), logger)
        {
            Urls = [$"http://0.0.0.0:{Number("PORT", Get("PORT"), 8080, 1, 65535)}"],
            MaxRequestBytes = Number("MAX_REQUEST_BYTES", Get("MAX_REQUEST_BYTES"), defaults.MaxRequestBytes, 1024, int.MaxValue),
            DriftWindowRows = (int)Number("DRIFT_WINDOW_ROWS", Get("DRIFT_WINDOW_ROWS"), defaults.DriftWindowRows, 1, 10_000_000),
        };
    }

    private static string ApiKey(string? key, string? file)
    {
        if (key is not null && file is not null)
        {
            throw new ServingInputException("API_KEY and API_KEY_FILE are both set; set one.");
        }

        if (file is null)
        {
            return key ?? throw new ServingInputException(
                "No API key: set API_KEY, or API_KEY_FILE to a file holding it (a mounted secret); the prediction endpoints need one.");
        }

        string text;
        try
        {
            text = File.ReadAllText(file).Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ServingInputException($"API_KEY_FILE {file}: cannot be read: {e.Message}", e);
        }

        return text.Length > 0 ? text : throw new ServingInputException($"API_KEY_FILE {file}: the file is empty.");
    }

    private static long Number(string name, string? text, long fallback, long min, long max) =>
        text is null ? fallback
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
        : throw new ServingInputException($"{name} must be a whole number from {min} to {max}, not '{RecordReader.Shorten(text)}'.");
}
