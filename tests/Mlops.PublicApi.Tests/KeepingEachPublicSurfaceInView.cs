using Mlops.Testing;

namespace Mlops.PublicApi.Tests;

/// <summary>
/// Each library's public API is committed as text, so a widened surface shows in review as a diff of its snapshot
/// rather than hiding among the code that widened it.
/// </summary>
public sealed class KeepingEachPublicSurfaceInView
{
    private static readonly string[] Libraries =
    [
        "Mlops.Benchmarks",
        "Mlops.Config",
        "Mlops.Containers",
        "Mlops.Data",
        "Mlops.Delivery",
        "Mlops.DotNet",
        "Mlops.Effects",
        "Mlops.Evaluation",
        "Mlops.Files",
        "Mlops.GitHub",
        "Mlops.GitOps",
        "Mlops.Kubernetes",
        "Mlops.Linting",
        "Mlops.Names",
        "Mlops.Processes",
        "Mlops.Serving",
        "Mlops.Targets",
        "Mlops.Targets.GitHubActions",
        "Mlops.Targets.Simulation",
        "Mlops.Training",
    ];

    public static TheoryData<string> Each => [.. Libraries];

    [Theory]
    [MemberData(nameof(Each))]
    public void The_public_API_matches_its_snapshot(string library)
    {
        var difference = new PublicApiSnapshot(RepositoryRoot.Path).Compare(library, PublicApiSnapshot.Generate(library));

        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Every_library_under_src_has_a_snapshot_test()
    {
        var folders = Directory.GetDirectories(RepositoryRoot.File("src"))
            .Where(folder => File.Exists(Path.Combine(folder, Path.GetFileName(folder) + ".csproj")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(folders, Libraries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_snapshot_belongs_to_a_library()
    {
        var snapshots = Directory.GetFiles(RepositoryRoot.File(PublicApiSnapshot.Folder), "*.txt")
            .Select(Path.GetFileName)
            .Where(name => !name!.EndsWith(".received.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

        Assert.Equal(Libraries.Select(library => library + ".txt").Order(StringComparer.Ordinal), snapshots);
    }
}
