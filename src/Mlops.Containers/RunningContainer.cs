using Docker.DotNet.Models;

namespace Mlops.Containers;

/// <summary>
/// A container of an image started as production runs it: read-only root file system, the image's own (non-root)
/// user, its port 8080 published on 127.0.0.1 only. Disposing stops (SIGTERM, then the engine's grace) and removes it.
/// </summary>
public sealed class RunningContainer : IAsyncDisposable
{
    private readonly ContainerEngine _engine;

    private RunningContainer(ContainerEngine engine, string id, int hostPort) => (_engine, Id, HostPort) = (engine, id, hostPort);

    public string Id { get; }

    public int HostPort { get; }

    public static async Task<RunningContainer> StartAsync(ContainerEngine engine, string image, IReadOnlyDictionary<string, string> environment, int hostPort,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(environment);
        var created = await engine.Client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            Env = [.. environment.Select(e => $"{e.Key}={e.Value}")],
            ExposedPorts = new Dictionary<string, EmptyStruct> { ["8080/tcp"] = default },
            HostConfig = new HostConfig
            {
                ReadonlyRootfs = true,
                PortBindings = new Dictionary<string, IList<PortBinding>>
                {
                    ["8080/tcp"] = [new PortBinding { HostIP = "127.0.0.1", HostPort = hostPort.ToString(System.Globalization.CultureInfo.InvariantCulture) }],
                },
            },
        }, cancellation);
        var container = new RunningContainer(engine, created.ID, hostPort);
        if (!await engine.Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellation))
        {
            await container.DisposeAsync();
            throw new ContainerEngineException($"{image}: the container did not start.");
        }

        return container;
    }

    /// <summary>The user the container runs as, as the engine reports it (the image's USER).</summary>
    public async Task<string> UserAsync() => (await _engine.Client.Containers.InspectContainerAsync(Id)).Config.User;

    /// <summary>Everything the container printed so far.</summary>
    public async Task<string> LogsAsync()
    {
        var logs = await _engine.Client.Containers.GetContainerLogsAsync(Id, tty: false, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true });
        var (stdout, stderr) = await logs.ReadOutputToEndAsync(CancellationToken.None);
        return stdout + stderr;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _engine.Client.Containers.StopContainerAsync(Id, new ContainerStopParameters { WaitBeforeKillSeconds = 10 });
        }
        finally
        {
            await _engine.Client.Containers.RemoveContainerAsync(Id, new ContainerRemoveParameters { Force = true });
        }
    }
}
