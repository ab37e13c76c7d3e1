using Mlops.Processes;
using Mlops.Testing;

namespace Mlops.DotNet.Tests;

/// <summary>
/// A tiny library and its xunit project (2 passing, 1 failing, 1 skipped test) generated in a temp folder, built,
/// and run once through <see cref="DotNetCli.TestAsync"/>: real TRX and Cobertura files for the tests to read.
/// </summary>
public sealed class SampleTestRun : IAsyncLifetime, IDisposable
{
    public const string FailingTest = "Sample.Tests.CalculatorTests.Subtracting_is_wrong_on_purpose";

    private const string Library = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
        </Project>
        """;

    private const string Calculator = """
        namespace Sample;

        public static class Calculator
        {
            public static int Add(int a, int b) => a + b;

            public static int Subtract(int a, int b) => a - b;

            public static int Divide(int a, int b)
            {
                if (b == 0)
                {
                    throw new System.DivideByZeroException();
                }

                return a / b;
            }
        }
        """;

    // Versions as the repository pins them; the project opts out of central package management (see Directory.Packages.props below).
    private const string TestProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <IsTestProject>true</IsTestProject>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            <PackageReference Include="coverlet.collector" Version="6.0.4" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="../Sample/Sample.csproj" />
          </ItemGroup>
        </Project>
        """;

    private const string Tests = """
        using Xunit;

        namespace Sample.Tests;

        public class CalculatorTests
        {
            [Fact]
            public void Adding_works() => Assert.Equal(5, Calculator.Add(2, 3));

            [Fact]
            public void Dividing_works() => Assert.Equal(2, Calculator.Divide(6, 3));

            [Fact]
            public void Subtracting_is_wrong_on_purpose() => Assert.Equal(0, Calculator.Subtract(2, 1));

            [Fact(Skip = "skipped on purpose")]
            public void Not_run() => Assert.Fail("skipped tests do not run");
        }
        """;

    private readonly TemporaryFolder _folder = new();

    public TestRunSummary Summary { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Stop MSBuild's upward search here, and turn central package management off for the sample.
        _folder.Write("Directory.Build.props", "<Project />");
        _folder.Write("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        _folder.Write("Sample/Sample.csproj", Library);
        _folder.Write("Sample/Calculator.cs", Calculator);
        _folder.Write("Sample.Tests/Sample.Tests.csproj", TestProject);
        _folder.Write("Sample.Tests/CalculatorTests.cs", Tests);
        var project = Path.Combine(_folder.Path, "Sample.Tests", "Sample.Tests.csproj");
        var runner = new ProcessRunner { Echo = false };
        (await runner.RunAsync("dotnet", ["restore", project, "--nologo"], _folder.Path)).EnsureSuccess();
        (await runner.RunAsync("dotnet", ["build", project, "--no-restore", "--nologo", "-c", "Debug"], _folder.Path)).EnsureSuccess();

        Summary = await new DotNetCli(runner: runner).TestAsync(project, "Debug", _folder["results"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}
