namespace Mlops.Launcher.Tests;

/// <summary>The two launchers a user starts the build with; every launcher behaviour is tested through both.</summary>
public enum Launcher
{
    /// <summary><c>bash build.sh</c>.</summary>
    BuildSh,

    /// <summary><c>pwsh build.ps1</c> under PowerShell 7, installed as a .NET tool (<see cref="PowerShell7"/>).</summary>
    BuildPs1,
}
