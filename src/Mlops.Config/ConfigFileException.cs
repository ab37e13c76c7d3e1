namespace Mlops.Config;

/// <summary>
/// A JSON file the project cannot read: missing, not JSON, or not the shape its kind allows. The message is one line,
/// "file: line 3: unknown field $.lable. Did you mean: label?", so a build can show it without a stack trace.
/// </summary>
public sealed class ConfigFileException : Exception
{
    public ConfigFileException()
    {
    }

    public ConfigFileException(string message)
        : base(message)
    {
    }

    public ConfigFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal ConfigFileException(string file, string? jsonPath, int? line, string problem, Exception? innerException = null)
        : base(line is null ? $"{file}: {problem}" : $"{file}: line {line}: {problem}", innerException)
    {
        (File, JsonPath, Line) = (file, jsonPath, line);
    }

    /// <summary>The file as it was named to the reader.</summary>
    public string? File { get; }

    /// <summary>Where in the file, as a JSON path ("$.candidates[0].trainer"), when the problem has a place.</summary>
    public string? JsonPath { get; }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public int? Line { get; }
}
