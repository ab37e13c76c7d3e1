namespace Mlops.GitOps;

/// <summary>A GitOps step that cannot go on; the message names the file, field or remote and the reason in one line.</summary>
public sealed class GitOpsException : Exception
{
    public GitOpsException() { }

    public GitOpsException(string message) : base(message) { }

    public GitOpsException(string message, Exception inner) : base(message, inner) { }
}
