namespace Mlops.Targets;

/// <summary>
/// Bad input from the user (unknown target, bad parameter value, cycle, malformed file): reported as one line naming
/// the culprit, without a stack trace, and the build exits non-zero.
/// </summary>
public sealed class BuildInputException : Exception
{
    public BuildInputException(string message) : base(message) { }

    public BuildInputException(string message, Exception inner) : base(message, inner) { }

    public BuildInputException() { }
}
