namespace Mlops.Serving;

/// <summary>The serving app cannot start or answer as asked: a missing or unusable model, a bad request. One line.</summary>
public sealed class ServingInputException : Exception
{
    public ServingInputException()
    {
    }

    public ServingInputException(string message)
        : base(message)
    {
    }

    public ServingInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
