namespace Mlops.Data;

/// <summary>Content that is not what its pointer promised: the wrong SHA-256 or size. Nothing unverified is ever cached or placed.</summary>
public sealed class DataIntegrityException : Exception
{
    public DataIntegrityException()
    {
    }

    public DataIntegrityException(string message)
        : base(message)
    {
    }

    public DataIntegrityException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
