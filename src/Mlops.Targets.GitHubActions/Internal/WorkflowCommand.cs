namespace Mlops.Targets.GitHubActions.Internal;

/// <summary>GitHub's escaping for workflow commands (<c>::error title=…::message</c>), which are read line by line.</summary>
internal static class WorkflowCommand
{
    /// <summary>The message part: %, CR and LF escaped, so a message of several lines stays one command.</summary>
    public static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value (title, file): also ':' and ',', which would end it.</summary>
    public static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
