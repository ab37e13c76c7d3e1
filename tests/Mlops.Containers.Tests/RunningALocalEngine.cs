using Mlops.Testing;

namespace Mlops.Containers.Tests;

/// <summary>
/// Up and Down for real: podman's API service and docker-registry started on loopback in a folder of the test's own,
/// the base image made in it, a second Up finding them running, Down stopping them by PID and leaving nothing running.
/// </summary>
public sealed class RunningALocalEngine : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose()
    {
        new LocalContainerHost(_folder["containers"]).Down();
        _folder.Dispose();
    }

    [Fact]
    public async Task Up_starts_an_engine_and_a_registry_with_the_base_image_and_down_stops_exactly_them()
    {
        var local = new LocalContainerHost(_folder["containers"]);
        var said = new List<string>();

        var host = await local.UpAsync(said.Add);
        var again = await local.UpAsync(said.Add);

        Assert.Equal(host, again);
        Assert.Contains(said, line => line.StartsWith("Already up: ", StringComparison.Ordinal));
        Assert.StartsWith("localhost/mlops-dotnet-base:", host.BaseImage, StringComparison.Ordinal);
        Assert.True(host.RegistryIsLocal);
        using (var engine = new ContainerEngine(host.DockerHost))
        {
            await engine.EnsureReachableAsync();
            await Assert.ThrowsAnyAsync<Docker.DotNet.DockerApiException>(() => engine.RemoveImageAsync("localhost/no-such-image:1"));
        }

        // podman's own reason for a refusal is kept in its log: its answer may carry none.
        Assert.Contains(File.ReadLines(_folder["containers/podman.log"]), line => line.Contains("Request Failed(", StringComparison.Ordinal));

        using (var http = new HttpClient())
        {
            Assert.True((await http.GetAsync(new Uri($"http://{host.Registry}/v2/"))).IsSuccessStatusCode);
        }

        var stopped = local.Down();

        Assert.Equal(2, stopped.Count);
        Assert.Null(local.Running());
        Assert.Empty(ProcessesMentioning(_folder.Path));
        using var gone = new ContainerEngine(host.DockerHost);
        var error = await Assert.ThrowsAsync<ContainerEngineException>(() => gone.EnsureReachableAsync());
        Assert.StartsWith($"The container engine at {host.DockerHost} cannot be reached (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_engine_socket_that_is_not_there_is_one_line_saying_so()
    {
        using var engine = new ContainerEngine($"unix://{_folder["nowhere.sock"]}");

        var error = await Assert.ThrowsAsync<ContainerEngineException>(() => engine.EnsureReachableAsync());

        Assert.Equal($"The container engine at unix://{_folder["nowhere.sock"]} cannot be reached (no socket there); locally ./build.sh Up starts one, or set --docker-host.", error.Message);
    }

    [Fact]
    public void Down_with_nothing_up_stops_nothing()
    {
        Assert.Empty(new LocalContainerHost(_folder["never-up"]).Down());
    }

    /// <summary>Every process whose command line names the folder: what this test started and did not stop.</summary>
    private static List<string> ProcessesMentioning(string folder) =>
        [.. Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)).Select(d =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(d, "cmdline")).Replace('\0', ' ');
            }
            catch (IOException)
            {
                return "";
            }
        }).Where(line => line.Contains(folder, StringComparison.Ordinal))];
}
