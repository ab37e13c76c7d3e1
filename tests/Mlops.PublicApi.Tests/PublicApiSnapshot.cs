using System.Reflection;
using Mlops.Effects;
using PublicApiGenerator;

namespace Mlops.PublicApi.Tests;

/// <summary>
/// A library's public API as text beside its committed snapshot, Snapshots/&lt;Library&gt;.txt under this project. A
/// difference writes &lt;Library&gt;.received.txt next to it (git-ignored), so accepting a change is moving one file
/// over the other.
/// </summary>
internal sealed class PublicApiSnapshot(string repositoryRoot)
{
    public const string Folder = "tests/Mlops.PublicApi.Tests/Snapshots";

    private static readonly ApiGeneratorOptions Options = new()
    {
        TreatRecordsAsClasses = false,
        // Version attributes change with every release (and git's commit id in the informational version with every
        // commit); they are not part of the surface a reviewer weighs.
        ExcludeAttributes =
        [
            "System.Reflection.AssemblyInformationalVersionAttribute",
            "System.Reflection.AssemblyFileVersionAttribute",
            "System.Reflection.AssemblyVersionAttribute",
            "System.Reflection.AssemblyMetadataAttribute",
        ],
    };

    /// <summary>The library's public API as the generator prints it.</summary>
    public static string Generate(string library) =>
        Assembly.Load(new AssemblyName(library)).GeneratePublicApi(Options);

    /// <summary>The path of the committed snapshot, relative to the repository root.</summary>
    public static string SnapshotPath(string library) => $"{Folder}/{library}.txt";

    /// <summary>The path of the file a difference leaves for the developer to accept, relative to the repository root.</summary>
    public static string ReceivedPath(string library) => $"{Folder}/{library}.received.txt";

    /// <summary>
    /// Null when <paramref name="received"/> matches the snapshot (a stale received file is then removed); otherwise
    /// the message a failing test shows: which library, the diff from snapshot to received, and how to accept it.
    /// </summary>
    public string? Compare(string library, string received)
    {
        received = Normalize(received);
        var snapshotFile = Path.Combine(repositoryRoot, SnapshotPath(library));
        var receivedFile = Path.Combine(repositoryRoot, ReceivedPath(library));
        var approved = File.Exists(snapshotFile) ? Normalize(File.ReadAllText(snapshotFile)) : null;
        if (approved == received)
        {
            File.Delete(receivedFile);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedFile)!);
        File.WriteAllText(receivedFile, received);
        var diff = UnifiedDiff.Create(SnapshotPath(library), approved, received);
        return $"""
            The public API of {library} differs from its snapshot {SnapshotPath(library)}.
            If the change is meant, accept it: mv {ReceivedPath(library)} {SnapshotPath(library)}
            (if not, make the new members internal).

            {diff}
            """;
    }

    // \n endings and one final newline, whatever the platform, the generator or a checkout made of them.
    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
