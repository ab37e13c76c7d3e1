namespace Mlops.Kubernetes.Tests;

/// <summary>Built-in kinds loaded strictly into KubernetesClient's models.</summary>
public sealed class CheckingBuiltInObjects
{
    [Fact]
    public void A_well_formed_object_passes() =>
        Assert.Empty(Check("apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n  maxUnavailable: 1\n  selector: {matchLabels: {app: a}}\n"));

    [Fact]
    public void An_unknown_field_is_named_with_the_type_it_is_not_in() =>
        Assert.Equal(["unknown field 'minReplica' (in V2HorizontalPodAutoscalerSpec)"],
            Check("apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  minReplica: 2\n  maxReplicas: 3\n" +
                "  scaleTargetRef: {apiVersion: argoproj.io/v1alpha1, kind: Rollout, name: r}\n"));

    [Fact]
    public void A_value_of_the_wrong_type_fails() =>
        Assert.Single(Check("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - port: eighty\n"));

    [Fact]
    public void Kinds_are_known_by_api_version_too()
    {
        Assert.True(CoreObjects.Knows(ManifestYaml.Parse("x", "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: n}\n")[0]));
        Assert.False(CoreObjects.Knows(ManifestYaml.Parse("x", "apiVersion: networking.k8s.io/v2\nkind: NetworkPolicy\nmetadata: {name: n}\n")[0]));
        Assert.False(CoreObjects.Knows(ManifestYaml.Parse("x", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\n")[0]));
    }

    private static IReadOnlyList<string> Check(string yaml) => CoreObjects.Check(Assert.Single(ManifestYaml.Parse("test.yaml", yaml)));
}
