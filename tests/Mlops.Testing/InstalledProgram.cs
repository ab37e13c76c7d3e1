namespace Mlops.Testing;

/// <summary>
/// A program a test runs as a real part, found where Debian's package installs it (not through the ambient PATH, which
/// a test does not read); when it is missing the test fails naming the package that provides it (which .ci/run
/// installs), never skips.
/// </summary>
public static class InstalledProgram
{
    private static readonly string[] Folders = ["/usr/local/bin", "/usr/bin", "/bin"];

    public static string Find(string program, string package) =>
        Folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{program} is not installed (not in {string.Join(", ", Folders)}); the test needs the real one: apt-get install {package} (.ci/run installs it).");
}
