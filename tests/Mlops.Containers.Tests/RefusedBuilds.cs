using Docker.DotNet;
using Mlops.Testing;

namespace Mlops.Containers.Tests;

/// <summary>
/// A build the engine refuses, or would, is one line saying which image with which tags was being built and why —
/// never Docker.DotNet's bare "response=" when the engine gives no reason.
/// </summary>
public sealed class RefusedBuilds : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_name_no_registry_takes_fails_before_the_engine_is_asked_naming_the_reference()
    {
        using var engine = new SilentEngine();
        using var containers = new ContainerEngine(engine.Host);

        var error = await Assert.ThrowsAsync<ContainerEngineException>(() => new ImageBuilder(containers).BuildAsync(Request("127.0.0.1:5000/main/."), _ => { }));

        Assert.StartsWith("building 127.0.0.1:5000/main/. tagged sha-3f2a9c1, pr-1: 127.0.0.1:5000/main/.:sha-3f2a9c1 is not a valid image reference (",
            error.Message, StringComparison.Ordinal);
        Assert.Empty(engine.Requests);
    }

    [Fact]
    public async Task A_500_with_an_empty_body_names_the_image_its_tags_and_that_the_engine_gave_no_reason()
    {
        using var engine = new SilentEngine();
        using var containers = new ContainerEngine(engine.Host);

        var error = await Assert.ThrowsAsync<ContainerEngineException>(() => new ImageBuilder(containers).BuildAsync(Request("127.0.0.1:5000/acme/mlops"), _ => { }));

        Assert.Equal("building 127.0.0.1:5000/acme/mlops tagged sha-3f2a9c1, pr-1: the engine answered 500 InternalServerError without saying why", error.Message);
        Assert.IsType<DockerApiException>(error.InnerException);
        Assert.Contains(engine.Requests, path => path.EndsWith("/build", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("", "the engine answered 500 InternalServerError without saying why")]
    [InlineData("{\"cause\":\"invalid reference format\",\"message\":\"normalizing image: invalid reference format\",\"response\":500}",
        "the engine answered 500 InternalServerError: normalizing image: invalid reference format")]
    [InlineData("no such image\n", "the engine answered 500 InternalServerError: no such image")]
    public void An_error_answer_is_its_status_and_the_engine_s_message_if_it_gave_one(string body, string expected)
    {
        Assert.Equal(expected, ContainerEngine.Reason(new DockerApiException(System.Net.HttpStatusCode.InternalServerError, body)));
    }

    private ImageBuildRequest Request(string name) => new(_folder.Write("Dockerfile", "FROM scratch\n"), Path.GetDirectoryName(_folder.Write("app/app.dll", "app"))!,
        Path.GetDirectoryName(Path.GetDirectoryName(_folder.Write("artifacts/model/metrics.json", "{}")))!, ["model/metrics.json"], name, ["sha-3f2a9c1", "pr-1"],
        new Dictionary<string, string>(), "localhost/base:1", DateTimeOffset.UnixEpoch);
}
