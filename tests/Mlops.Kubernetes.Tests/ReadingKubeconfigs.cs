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

    [Fact]
    public void A_kubeconfig_held_in_a_secret_gives_the_same_cluster_without_a_file()
    {
        var text = File.ReadAllText(_cluster.WriteKubeconfig(_folder));

        using var connection = ClusterConnection.FromKubeconfigText(text, "secret KUBECONFIG_DATA");

        Assert.Equal(("replay", _cluster.Url), (connection.Context, connection.Server.TrimEnd('/')));
    }

    [Fact]
    public void An_empty_secret_is_named()
    {
        var refused = Assert.Throws<ClusterException>(() => ClusterConnection.FromKubeconfigText(" \n", "secret KUBECONFIG_DATA"));

        Assert.Equal("secret KUBECONFIG_DATA: the kubeconfig is empty.", refused.Message);
    }

    [Fact]
    public void A_secret_that_is_no_kubeconfig_is_named_and_its_text_is_not_repeated()
    {
        const string Text = "users:\n  - name: gate\n    user:\n      token: s3cr3t-token-value\nclusters: [\n";

        var refused = Assert.Throws<ClusterException>(() => ClusterConnection.FromKubeconfigText(Text, "secret KUBECONFIG_DATA"));

        Assert.StartsWith("secret KUBECONFIG_DATA: ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-token-value", refused.ToString(), StringComparison.Ordinal);
    }
}
