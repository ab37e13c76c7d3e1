namespace Mlops.Data;

/// <summary>Input the data step cannot use: a malformed pointer or expectation suite, a missing file. The message is one line naming the file and the field.</summary>
public sealed class DataInputException : Exception
{
    public DataInputException()
    {
    }

    public DataInputException(string message)
        : base(message)
    {
    }

    public DataInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
