using Mlops.DotNet;
using Mlops.Files;
using Mlops.Targets;

namespace Mlops.Build;

/// <summary>
/// The Mlops pipeline. Each concern has its own partial file (Build.Compile.cs, Build.Test.cs, …); every target is a
/// few lines that read parameters, call a step library and declare what it reads and makes.
/// </summary>
internal sealed partial class Build : MlopsBuild
{
    /// <summary>
    /// With no target: the project's tests and the whole local delivery — the model, its image pushed to Up's registry,
    /// and BumpManifest and Promote, which locally (no --gitops-remote) only show the commits they would make.
    /// </summary>
    public static int Main() => Execute<Build>(x => x.Test, x => x.BumpManifest, x => x.Promote);

    [Parameter("Configuration to build and test")]
    private readonly Configuration _configuration = Configuration.Debug;

    private AbsolutePath Solution => RootDirectory / "Mlops.sln";

    private DotNetCli DotNet => new(Host.Variable("DOTNET_EXE") ?? "dotnet");
}

internal enum Configuration
{
    Debug,
    Release,
}
