using Mlops.Targets.Simulation.Internal;
using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests;

/// <summary>The vars context of a simulation: what --var gives, and empty for the rest, as GitHub gives an unset variable.</summary>
public sealed class ReadingRepositoryVariables
{
    private static ExpressionContext With(params string[] pairs) =>
        new(new Dictionary<string, object?> { ["vars"] = RepositoryVariables.Parse(pairs) }, JobStatus.Success);

    [Fact]
    public void A_given_variable_is_its_value_whatever_the_case_of_its_name()
    {
        var context = With("DATA_REMOTE=https://data.example.org/adult", "Stage=staging");

        Assert.Equal("https://data.example.org/adult", GitHubExpression.Interpolate("${{ vars.DATA_REMOTE }}", context));
        Assert.Equal("https://data.example.org/adult", GitHubExpression.Interpolate("${{ vars.data_remote }}", context));
        Assert.Equal("a=b", GitHubExpression.Interpolate("${{ vars.PAIR }}", With("PAIR=a=b")));
    }

    [Fact]
    public void A_variable_not_given_reads_as_empty_text_so_the_parameter_falls_back()
    {
        var context = With();

        Assert.Equal("", GitHubExpression.Evaluate("vars.DATA_REMOTE", context));
        Assert.Equal("remote: .", GitHubExpression.Interpolate("remote: ${{ vars.DATA_REMOTE }}.", context));
        Assert.True(GitHubExpression.EvaluateCondition("vars.DATA_REMOTE == ''", context));
        Assert.Equal("fallback", GitHubExpression.Interpolate("${{ vars.DATA_REMOTE || 'fallback' }}", context));
    }

    [Fact]
    public void ToJSON_lists_only_the_variables_given()
    {
        var json = GitHubExpression.Interpolate("${{ toJSON(vars) }}", With("DATA_REMOTE=https://data.example.org/adult"));

        Assert.Contains("\"DATA_REMOTE\": \"https://data.example.org/adult\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("PATH", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DATA_REMOTE", "Option --var takes NAME=value, not 'DATA_REMOTE'.")]
    [InlineData("=https://x", "Option --var takes NAME=value, not '=https://x'.")]
    [InlineData("DATA-REMOTE=x", "--var DATA-REMOTE: a repository variable's name is letters, digits and '_', not starting with a digit or GITHUB_.")]
    [InlineData("1ST=x", "--var 1ST: a repository variable's name is letters, digits and '_', not starting with a digit or GITHUB_.")]
    [InlineData("GITHUB_TOKEN=x", "--var GITHUB_TOKEN: a repository variable's name is letters, digits and '_', not starting with a digit or GITHUB_.")]
    public void A_bad_var_is_one_line_naming_it(string pair, string expected)
    {
        var error = Assert.Throws<BuildInputException>(() => RepositoryVariables.Parse([pair]));

        Assert.Equal(expected, error.Message);
    }
}
