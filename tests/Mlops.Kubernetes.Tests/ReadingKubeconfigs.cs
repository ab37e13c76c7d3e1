using Mlops.Testing;

namespace Mlops.Kubernetes.Tests;

/// <summary>A kubeconfig that cannot give a cluster says why in one line, naming the file and what it has.</summary>
public sealed class ReadingKubeconfigs : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly ReplayedCluster _cluster = new();

    public void Dispose()
    {
        _cluster.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void The_current_context_is_used_when_none_is_given()
    {
        using var connection = ClusterConnection.FromKubeconfig(_cluster.WriteKubeconfig(_folder));

        Assert.Equal(("replay", _cluster.Url), (connection.Context, connection.Server.TrimEnd('/')));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var missing = _folder["no-such-kubeconfig"];

        Assert.Equal($"kubeconfig {missing}: no such file.", Assert.Throws<ClusterException>(() => ClusterConnection.FromKubeconfig(missing)).Message);
    }

    [Fact]
    public void An_unknown_context_is_named_with_the_ones_there_are()
    {
        var kubeconfig = _cluster.WriteKubeconfig(_folder);

        var refused = Assert.Throws<ClusterException>(() => ClusterConnection.FromKubeconfig(kubeconfig, context: "production"));

        Assert.Equal($"kubeconfig {kubeconfig}: no context 'production' (it has replay).", refused.Message);
    }

    [Fact]
    public void A_file_that_is_no_kubeconfig_says_so()
    {
        var kubeconfig = _folder.Write("kubeconfig", "clusters: [\n");

        Assert.StartsWith($"kubeconfig {kubeconfig}: ", Assert.Throws<ClusterException>(() => ClusterConnection.FromKubeconfig(kubeconfig)).Message, StringComparison.Ordinal);
    }
}
