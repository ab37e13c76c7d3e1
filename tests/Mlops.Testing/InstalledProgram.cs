namespace Mlops.Testing;

/// <summary>
/// A program a test runs as a real part, found on PATH; when it is missing the test fails naming the package that
/// provides it (which .ci/run installs), never skips.
/// </summary>
public static class InstalledProgram
{
    public static string Find(string program, string package)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"{program} is not installed (not on PATH); the test needs the real one: apt-get install {package} (.ci/run installs it).");
    }
}
