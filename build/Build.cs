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
    public static int Main() => Execute<Build>(x => x.Test, x => x.Evaluate);

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
