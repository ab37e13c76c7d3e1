namespace Mlops.Training;

/// <summary>
/// Input training cannot use (a malformed config, an unknown trainer or hyperparameter, a CSV without a configured
/// column): the message is one line naming the file and the field, candidate or column, so the build can show it
/// without a stack trace.
/// </summary>
public sealed class TrainingInputException : Exception
{
    public TrainingInputException()
    {
    }

    public TrainingInputException(string message)
        : base(message)
    {
    }

    public TrainingInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
