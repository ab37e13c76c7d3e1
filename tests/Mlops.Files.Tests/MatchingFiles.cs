using Mlops.Testing;

namespace Mlops.Files.Tests;

public sealed class MatchingFiles : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public MatchingFiles()
    {
        foreach (var file in new[] { "src/A/A.cs", "src/A/Sub/B.cs", "src/A/obj/Gen.cs", "src/A/readme.md", "configs/training.json", "top.cs" })
        {
            _folder.Write(file, file);
        }
    }

    private string[] Match(string pattern) => FileGlob.Expand(_folder.Path, pattern).Select(f => Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')).ToArray();

    [Fact]
    public void Double_star_matches_any_depth_including_none_but_not_obj()
    {
        Assert.Equal(["src/A/A.cs", "src/A/Sub/B.cs", "top.cs"], Match("**/*.cs"));
    }

    [Fact]
    public void Single_star_stays_within_one_folder()
    {
        Assert.Equal(["src/A/A.cs"], Match("src/*/*.cs"));
    }

    [Fact]
    public void A_folder_means_every_file_below_it()
    {
        Assert.Equal(["src/A/A.cs", "src/A/Sub/B.cs", "src/A/obj/Gen.cs", "src/A/readme.md"], Match("src/A"));
    }

    [Fact]
    public void A_file_is_itself_and_a_missing_path_matches_nothing()
    {
        Assert.Equal(["configs/training.json"], Match("configs/training.json"));
        Assert.Empty(Match("configs/missing.json"));
        Assert.Empty(Match("nowhere/**/*.cs"));
    }

    public void Dispose() => _folder.Dispose();
}
