namespace Mlops.Evaluation;

/// <summary>
/// Bad input to an evaluation (malformed config, a test file or model that does not fit, no candidates): the message
/// is one line naming the file and the field or column, so the build can report it without a stack trace.
/// </summary>
public sealed class EvaluationInputException : Exception
{
    public EvaluationInputException(string message) : base(message) { }

    public EvaluationInputException(string message, Exception inner) : base(message, inner) { }

    public EvaluationInputException() { }
}
