using Mlops.Testing;

namespace Mlops.Effects.Tests;

public sealed class DryRuns : IDisposable
{
    private readonly TemporaryFolder _repository = new();
    private readonly EffectJournal _journal = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_new_file_is_recorded_with_its_diff_and_not_written()
    {
        var files = new RepositoryFiles(_repository.Path, _journal);

        var changed = files.WriteText("k8s/image.yaml", "tag: abc\n");

        Assert.True(changed);
        Assert.Empty(_repository.Files());
        Assert.False(Directory.Exists(_repository["k8s"]));
        var effect = Assert.Single(_journal.Effects);
        Assert.Equal(new SideEffect("write file", "k8s/image.yaml (new)", "--- /dev/null\n+++ b/k8s/image.yaml\n@@ -0,0 +1 @@\n+tag: abc\n"), effect);
    }

    [Fact]
    public void A_changed_file_is_recorded_with_its_diff_and_left_as_it_was()
    {
        File.WriteAllText(_repository["values.yaml"], "name: app\ntag: old\n");
        var files = new RepositoryFiles(_repository.Path, _journal);

        var changed = files.WriteText("values.yaml", "name: app\ntag: new\n");

        Assert.True(changed);
        Assert.Equal("name: app\ntag: old\n", File.ReadAllText(_repository["values.yaml"]));
        var effect = Assert.Single(_journal.Effects);
        Assert.Equal("write file", effect.Kind);
        Assert.Equal("values.yaml (changed)", effect.Description);
        Assert.Equal("--- a/values.yaml\n+++ b/values.yaml\n@@ -1,2 +1,2 @@\n name: app\n-tag: old\n+tag: new\n", effect.Diff);
    }

    [Fact]
    public void Unchanged_content_records_nothing()
    {
        File.WriteAllText(_repository["values.yaml"], "tag: same\n");

        var changed = new RepositoryFiles(_repository.Path, _journal).WriteText("values.yaml", "tag: same\n");

        Assert.False(changed);
        Assert.True(_journal.IsEmpty);
    }

    [Fact]
    public void A_deletion_is_recorded_and_the_file_stays()
    {
        File.WriteAllText(_repository["old.yml"], "x\n");
        var files = new RepositoryFiles(_repository.Path, _journal);

        var deleted = files.Delete("old.yml");
        var missing = files.Delete("never-there.yml");

        Assert.True(deleted);
        Assert.False(missing);
        Assert.Equal(["old.yml"], _repository.Files());
        Assert.Equal([new SideEffect("delete file", "old.yml", "--- a/old.yml\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n")], _journal.Effects);
    }
}
