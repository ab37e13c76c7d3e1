namespace Mlops.Data;

/// <summary>
/// The files a validation writes into its folder (artifacts/data in the build): the report for people, the results
/// for machines, and the profile that later drift checks compare with.
/// </summary>
public sealed record ValidationArtifacts(string Folder)
{
    public string Report => Path.Combine(Folder, "validation.md");

    public string Results => Path.Combine(Folder, "validation.json");

    public string Profile => Path.Combine(Folder, "profile.json");
}
