using Mlops.Kubernetes.Internal;

namespace Mlops.Kubernetes;

/// <summary>
/// Checks a folder of manifests as a cluster would take them: every kustomization in it is rendered with kubectl
/// kustomize, and every object — rendered, or in a YAML file no kustomization lists (an example Secret) — is checked:
/// built-in kinds by KubernetesClient's strict loader, custom resources against their CRD's schema. Every problem is
/// reported, not just the first.
/// </summary>
public sealed class ManifestCheck(Kustomize kustomize, CustomResourceSchemas customResources)
{
    public async Task<ManifestCheckReport> CheckAsync(string repositoryRoot, string manifestsFolder)
    {
        string Relative(string path) => Path.GetRelativePath(repositoryRoot, path).Replace('\\', '/');
        if (!Directory.Exists(manifestsFolder))
        {
            throw new ManifestException($"{Relative(manifestsFolder)}: no such folder");
        }

        var findings = new List<ManifestFinding>();
        var warnings = new List<ManifestFinding>();
        var objects = new List<ManifestObject>();
        var layout = KustomizeLayout.Read(manifestsFolder);
        foreach (var folder in layout.Folders)
        {
            try
            {
                var rendered = await kustomize.RenderAsync(folder, Relative(folder));
                objects.AddRange(rendered.Objects);
                warnings.AddRange(rendered.Warnings.Select(w => new ManifestFinding(Relative(folder), null, w)));
            }
            catch (ManifestException e)
            {
                findings.Add(new ManifestFinding(e.Location ?? Relative(folder), null, e.Problem));
            }
        }

        foreach (var file in layout.UnlistedFiles)
        {
            try
            {
                objects.AddRange(ManifestYaml.Parse(Relative(file), File.ReadAllText(file)));
            }
            catch (ManifestException e)
            {
                findings.Add(new ManifestFinding(e.Location ?? Relative(file), null, e.Problem));
            }
        }

        foreach (var manifest in objects)
        {
            var problems = CoreObjects.Knows(manifest) ? CoreObjects.Check(manifest)
                : customResources.Knows(manifest) ? [.. customResources.Check(manifest), .. CoreObjects.CheckMetadata(manifest)]
                : [$"{manifest.ApiVersion} {manifest.Kind} is neither a built-in kind nor one whose CRD was given"];
            findings.AddRange(problems.Select(p => new ManifestFinding(manifest.Source, manifest.Display, p)));
        }

        return new ManifestCheckReport([.. layout.Folders.Select(Relative)], objects.Count, findings, warnings);
    }
}
