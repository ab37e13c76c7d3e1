namespace Mlops.Containers;

/// <summary>The container engine or registry failed or cannot be reached: one line saying which, what failed and why.</summary>
public sealed class ContainerEngineException : Exception
{
    public ContainerEngineException()
    {
    }

    public ContainerEngineException(string message)
        : base(message)
    {
    }

    public ContainerEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
