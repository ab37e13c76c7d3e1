namespace Mlops.Data;

/// <summary>A data remote that cannot deliver a file: not found, an HTTP error, no connection. The message names the file and the remote.</summary>
public sealed class DataRemoteException : Exception
{
    public DataRemoteException()
    {
    }

    public DataRemoteException(string message)
        : base(message)
    {
    }

    public DataRemoteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
