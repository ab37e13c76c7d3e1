namespace Mlops.Kubernetes;

/// <summary>What a manifest check looked at and found.</summary>
/// <param name="Kustomizations">The folders rendered, relative to the repository.</param>
/// <param name="Objects">How many objects were checked (rendered and standalone).</param>
/// <param name="Warnings">What kustomize warned about (deprecated fields), which does not fail the check.</param>
public sealed record ManifestCheckReport(IReadOnlyList<string> Kustomizations, int Objects, IReadOnlyList<ManifestFinding> Findings,
    IReadOnlyList<ManifestFinding> Warnings)
{
    /// <summary>Throws with every finding, one per line, unless there are none.</summary>
    public void EnsureClean()
    {
        if (Findings.Count > 0)
        {
            throw new ManifestException($"{Findings.Count} problem(s) in the manifests:\n  " + string.Join("\n  ", Findings));
        }
    }
}
