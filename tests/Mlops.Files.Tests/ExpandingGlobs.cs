using Mlops.Testing;

namespace Mlops.Files.Tests;

/// <summary>
/// The glob semantics the cache and the simulator's artifacts rely on, beyond <see cref="MatchingFiles"/>: ignored
/// folders, <c>?</c>, <c>**</c>, folders and the order of the result.
/// </summary>
public sealed class ExpandingGlobs : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public ExpandingGlobs()
    {
        foreach (var file in new[]
        {
            "a.cs", "B.cs", "b.cs", "a/b.cs", "a-b.cs", ".hidden.cs",
            ".git/hooks/x.cs", "bin/Debug/x.cs", "lib/obj/x.cs", "web/node_modules/pkg/x.cs", "lib/binary/x.cs", "lib/obj.cs",
            "q/1.txt", "q/12.txt", "q/a/1.txt", "q/b/2.txt",
            "artifacts/model/lgbm/model.zip", "artifacts/model/fast/model.zip", "artifacts/model/metrics.json",
        })
        {
            _folder.Write(file, file);
        }
    }

    private string[] Match(string pattern) => Match(pattern, skippedFolders: null);

    private string[] Match(string pattern, IReadOnlyCollection<string>? skippedFolders) =>
        FileGlob.Expand(_folder.Path, pattern, skippedFolders).Select(f => f[(_folder.Path.Length + 1)..]).ToArray();

    [Fact]
    public void Wildcards_skip_git_bin_obj_and_node_modules_at_any_depth_but_not_folders_that_only_start_so()
    {
        Assert.Equal([".hidden.cs", "B.cs", "a-b.cs", "a.cs", "a/b.cs", "b.cs", "lib/binary/x.cs", "lib/obj.cs"], Match("**/*.cs"));
        Assert.Equal(["lib/binary/x.cs"], Match("lib/*/x.cs"));
    }

    [Fact]
    public void With_no_skipped_folders_wildcards_descend_into_every_folder_as_upload_artifact_does()
    {
        Assert.Equal([".git/hooks/x.cs", "bin/Debug/x.cs", "lib/binary/x.cs", "lib/obj/x.cs", "web/node_modules/pkg/x.cs"], Match("**/x.cs", skippedFolders: []));
        Assert.Equal(["lib/binary/x.cs", "lib/obj.cs"], Match("lib/**/*.cs", skippedFolders: ["obj"]));
    }

    [Fact]
    public void An_ignored_folder_named_in_full_or_as_the_fixed_start_of_a_pattern_is_read()
    {
        Assert.Equal(["bin/Debug/x.cs"], Match("bin"));
        Assert.Equal(["lib/obj/x.cs"], Match("lib/obj/*.cs"));
        Assert.Equal(["web/node_modules/pkg/x.cs"], Match("web/node_modules/**/*.cs"));
    }

    [Fact]
    public void A_folder_means_every_file_below_it_with_or_without_a_trailing_slash()
    {
        Assert.Equal(["q/1.txt", "q/12.txt", "q/a/1.txt", "q/b/2.txt"], Match("q"));
        Assert.Equal(["q/1.txt", "q/12.txt", "q/a/1.txt", "q/b/2.txt"], Match("q/"));
        Assert.Equal(["lib/binary/x.cs", "lib/obj.cs", "lib/obj/x.cs"], Match("lib"));
    }

    [Fact]
    public void A_question_mark_is_exactly_one_character_within_one_folder()
    {
        Assert.Equal(["q/1.txt"], Match("q/?.txt"));
        Assert.Equal(["q/12.txt"], Match("q/??.txt"));
        Assert.Equal(["q/1.txt", "q/a/1.txt", "q/b/2.txt"], Match("q/**/?.txt"));
        Assert.Equal(["q/a/1.txt", "q/b/2.txt"], Match("q/?/*"));
        Assert.Equal(["a-b.cs"], Match("a?b.cs"));
    }

    [Fact]
    public void Double_star_slash_matches_zero_or_more_folders_and_a_trailing_double_star_everything_below()
    {
        Assert.Equal(["q/1.txt", "q/a/1.txt"], Match("**/1.txt"));
        Assert.Equal(["artifacts/model/fast/model.zip", "artifacts/model/lgbm/model.zip", "artifacts/model/metrics.json"], Match("artifacts/**"));
        Assert.Equal(["artifacts/model/fast/model.zip", "artifacts/model/lgbm/model.zip"], Match("artifacts/model/*/model.zip"));
    }

    [Fact]
    public void Matching_is_case_sensitive_and_the_result_is_in_ordinal_order_of_full_paths()
    {
        Assert.Equal(["B.cs"], Match("B*"));
        Assert.Equal([".hidden.cs", "B.cs", "a-b.cs", "a.cs", "b.cs"], Match("*.cs"));

        var full = FileGlob.Expand(_folder.Path, "**/*.txt");
        Assert.Equal(full.Order(StringComparer.Ordinal), full);
        Assert.All(full, path => Assert.StartsWith(_folder.Path.Replace('\\', '/') + "/", path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pattern_may_leave_and_reenter_the_root_through_parent_folders()
    {
        var name = Path.GetFileName(_folder.Path);

        Assert.Equal(["q/1.txt", "q/12.txt"], Match($"../{name}/q/*.txt"));
    }

    [Fact]
    public void A_wildcard_under_a_missing_folder_or_matching_nothing_gives_no_files()
    {
        Assert.Empty(Match("missing/**/*.cs"));
        Assert.Empty(Match("q/*.md"));
    }

    public void Dispose() => _folder.Dispose();
}
