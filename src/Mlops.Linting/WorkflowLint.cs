namespace Mlops.Linting;

/// <summary>What actionlint checked (paths relative to the repository, in order) and what it found.</summary>
public sealed record WorkflowLint(IReadOnlyList<string> Files, IReadOnlyList<LintFinding> Findings)
{
    /// <summary>Throws, with the number of findings, unless actionlint found nothing.</summary>
    public void EnsureClean()
    {
        if (Findings.Count > 0)
        {
            throw new InvalidOperationException($"actionlint found {Findings.Count} problem(s) in the workflows.");
        }
    }
}
