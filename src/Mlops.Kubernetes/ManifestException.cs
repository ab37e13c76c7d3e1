namespace Mlops.Kubernetes;

/// <summary>A manifest that cannot be read or rendered at all; the message names the file or folder and the reason.</summary>
public sealed class ManifestException : Exception
{
    public ManifestException() { }

    public ManifestException(string message) : base(message) { }

    public ManifestException(string message, Exception inner) : base(message, inner) { }

    /// <summary>A problem with one file or folder: the message is "source: problem".</summary>
    public ManifestException(string source, string problem, Exception? inner = null) : base($"{source}: {problem}", inner)
    {
        Location = source;
        Problem = problem;
    }

    /// <summary>The file or folder, where the problem is in one (Exception's own Source names the assembly that threw).</summary>
    public string? Location { get; }

    /// <summary>The problem without the file or folder.</summary>
    public string Problem => field ?? Message;
}
