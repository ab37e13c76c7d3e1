namespace Mlops.Launcher.Tests;

/// <summary>The launcher tests share one copy (compiling it costs the most), so they take turns on it.</summary>
[CollectionDefinition(Name)]
public sealed class LaunchingTheCopy : ICollectionFixture<CopiedRepository>
{
    public const string Name = "launching the copied repository";
}
