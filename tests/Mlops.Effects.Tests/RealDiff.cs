using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.Effects.Tests;

/// <summary>What GNU <c>diff -u</c> prints for two texts (null: no file), without its ---/+++ lines and their timestamps.</summary>
internal static class RealDiff
{
    public static async Task<List<string>> HunksAsync(string? before, string? after)
    {
        using var folder = new TemporaryFolder();
        var oldFile = before is null ? "/dev/null" : folder["old"];
        var newFile = after is null ? "/dev/null" : folder["new"];
        if (before is not null)
        {
            await File.WriteAllTextAsync(oldFile, before);
        }

        if (after is not null)
        {
            await File.WriteAllTextAsync(newFile, after);
        }

        var result = await new ProcessRunner { Echo = false }.RunAsync("diff", ["-u", oldFile, newFile]);

        Assert.True(result.ExitCode is 0 or 1, $"{result.Command} failed: {string.Join("\n", result.Output)}");
        return [.. result.Output.Skip(2)];
    }
}
