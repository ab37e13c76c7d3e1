namespace Mlops.Kubernetes.Tests;

/// <summary>Multi-document YAML read into objects as the API server would receive them.</summary>
public sealed class ReadingManifests
{
    [Fact]
    public void Each_document_becomes_an_object()
    {
        var objects = ManifestYaml.Parse("two.yaml", "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: b}\n");

        Assert.Equal(["ConfigMap a", "Secret b"], objects.Select(o => o.Display));
        Assert.Equal("""{"apiVersion":"v1","kind":"Secret","metadata":{"name":"b"}}""", objects[1].Json.ToJsonString());
        Assert.Equal("", objects[0].Group);
        Assert.Equal("v1", objects[0].Version);
    }

    [Fact]
    public void Plain_scalars_are_typed_and_quoted_ones_stay_strings()
    {
        var json = ManifestYaml.Parse("x.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {n: 8080, s: \"8080\", b: true, f: 0.5, z: null, t: 'yes'}\n")[0].Json["data"]!;

        Assert.Equal("""{"n":8080,"s":"8080","b":true,"f":0.5,"z":null,"t":"yes"}""", json.ToJsonString());
    }

    [Theory]
    [InlineData("apiVersion: v1\nkind: [\n", "x.yaml: line ")]
    [InlineData("apiVersion: v1\nmetadata: {name: a}\n", "x.yaml: line 1: the object has no kind")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n", "x.yaml: line 1: the object has no metadata.name")]
    [InlineData("- a\n- b\n", "x.yaml: line 1: a document that is not a mapping (a Kubernetes object is one)")]
    [InlineData("apiVersion: v1\nkind: ConfigMap\nkind: Secret\nmetadata: {name: a}\n", "x.yaml: line ")]
    public void A_document_that_is_no_object_is_named_with_its_line(string yaml, string start) =>
        Assert.StartsWith(start, Assert.Throws<ManifestException>(() => ManifestYaml.Parse("x.yaml", yaml)).Message, StringComparison.Ordinal);
}
