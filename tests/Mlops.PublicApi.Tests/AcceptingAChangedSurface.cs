using Mlops.Testing;

namespace Mlops.PublicApi.Tests;

/// <summary>
/// A changed surface fails with the diff and leaves the new text beside the snapshot, so accepting it is one move.
/// </summary>
public sealed class AcceptingAChangedSurface : IDisposable
{
    private readonly TemporaryFolder _repository = new();

    public void Dispose() => _repository.Dispose();

    private PublicApiSnapshot Snapshots => new(_repository.Path);

    [Fact]
    public void A_difference_names_the_library_shows_the_diff_and_says_how_to_accept_it()
    {
        _repository.Write(PublicApiSnapshot.SnapshotPath("Mlops.Sample"), "namespace Mlops.Sample\n{\n    public class Old { }\n}\n");

        var message = Snapshots.Compare("Mlops.Sample", "namespace Mlops.Sample\n{\n    public class New { }\n}\n");

        Assert.NotNull(message);
        Assert.StartsWith("The public API of Mlops.Sample differs from its snapshot tests/Mlops.PublicApi.Tests/Snapshots/Mlops.Sample.txt.", message, StringComparison.Ordinal);
        Assert.Contains("mv tests/Mlops.PublicApi.Tests/Snapshots/Mlops.Sample.received.txt tests/Mlops.PublicApi.Tests/Snapshots/Mlops.Sample.txt", message, StringComparison.Ordinal);
        Assert.Contains("\n-    public class Old { }\n+    public class New { }\n", message, StringComparison.Ordinal);
        Assert.Equal("namespace Mlops.Sample\n{\n    public class New { }\n}\n", File.ReadAllText(_repository[PublicApiSnapshot.ReceivedPath("Mlops.Sample")]));
    }

    [Fact]
    public void Moving_the_received_file_over_the_snapshot_accepts_the_change()
    {
        _repository.Write(PublicApiSnapshot.SnapshotPath("Mlops.Sample"), "public class Old { }\n");
        Assert.NotNull(Snapshots.Compare("Mlops.Sample", "public class New { }\n"));

        File.Move(_repository[PublicApiSnapshot.ReceivedPath("Mlops.Sample")], _repository[PublicApiSnapshot.SnapshotPath("Mlops.Sample")], overwrite: true);

        Assert.Null(Snapshots.Compare("Mlops.Sample", "public class New { }\n"));
        Assert.Equal(["Mlops.Sample.txt"], _repository.Files(PublicApiSnapshot.Folder));
    }

    [Fact]
    public void A_match_removes_a_received_file_left_from_an_earlier_run()
    {
        _repository.Write(PublicApiSnapshot.SnapshotPath("Mlops.Sample"), "public class Same { }\n");
        _repository.Write(PublicApiSnapshot.ReceivedPath("Mlops.Sample"), "public class Other { }\n");

        Assert.Null(Snapshots.Compare("Mlops.Sample", "public class Same { }\n"));
        Assert.Equal(["Mlops.Sample.txt"], _repository.Files(PublicApiSnapshot.Folder));
    }

    [Fact]
    public void Line_endings_and_a_final_newline_are_no_difference()
    {
        _repository.Write(PublicApiSnapshot.SnapshotPath("Mlops.Sample"), "namespace Mlops.Sample\r\n{\r\n}\r\n");

        Assert.Null(Snapshots.Compare("Mlops.Sample", "namespace Mlops.Sample\n{\n}"));
    }

    [Fact]
    public void A_library_without_a_snapshot_fails_and_leaves_one_to_accept()
    {
        var message = Snapshots.Compare("Mlops.Sample", "public class New { }\n");

        Assert.NotNull(message);
        Assert.Contains("+public class New { }", message, StringComparison.Ordinal);
        Assert.Equal(["Mlops.Sample.received.txt"], _repository.Files(PublicApiSnapshot.Folder));
    }
}
