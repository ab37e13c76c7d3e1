using Mlops.Targets.Simulation.Internal;

namespace Mlops.Targets.Simulation.Tests;

/// <summary>GITHUB_REPOSITORY of a simulation: owner/name as GitHub would say it, whatever form the origin's URL takes.</summary>
public sealed class NamingTheRepository
{
    [Theory]
    [InlineData("https://github.com/acme/mlops.git", "acme/mlops")]
    [InlineData("https://github.com/acme/mlops/", "acme/mlops")]
    [InlineData("git@github.com:Acme/MLops.git", "Acme/MLops")]
    [InlineData("/home/dev/main", "dev/main")]
    [InlineData("/home/dev/main/.", "dev/main")]
    [InlineData("/home/dev/main/./", "dev/main")]
    [InlineData("file:///home/dev/shared/../main/.git", "dev/main")]
    [InlineData("/srv/My Models/churn+drift", "My-Models/churn-drift")]
    [InlineData("/mlops", "local/mlops")]
    public void The_origin_s_url_gives_owner_and_name_as_github_would(string origin, string expected)
    {
        Assert.Equal(expected, SimulatedEvent.RepositoryName(origin));
    }
}
