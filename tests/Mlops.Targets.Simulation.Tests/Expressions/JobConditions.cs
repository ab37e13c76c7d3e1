using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

/// <summary>
/// The <c>if:</c> rule: without a status function GitHub runs <c>success() &amp;&amp; (condition)</c>, so a job whose
/// needed jobs failed is skipped unless its condition says always(), failure() or cancelled().
/// </summary>
public sealed class JobConditions
{
    [Theory]
    [InlineData(null, "Success", true)]
    [InlineData(null, "Failure", false)]
    [InlineData("", "Success", true)]
    [InlineData("  ", "Cancelled", false)]
    [InlineData("github.ref == 'refs/heads/main'", "Success", true)]
    [InlineData("github.ref == 'refs/heads/main'", "Failure", false)] // wrapped in success() &&
    [InlineData("github.ref == 'refs/heads/main'", "Cancelled", false)]
    [InlineData("github.ref == 'refs/heads/dev'", "Success", false)]
    [InlineData("${{ github.ref == 'refs/heads/main' }}", "Success", true)]
    [InlineData("${{ github.ref == 'refs/heads/main' }}", "Failure", false)]
    [InlineData("true", "Failure", false)]
    public void A_condition_without_a_status_function_needs_success(string? condition, string status, bool runs)
    {
        var context = Contexts.Sample(Enum.Parse<JobStatus>(status));

        var result = GitHubExpression.EvaluateCondition(condition, context);

        Assert.Equal(runs, result);
    }

    [Theory]
    [InlineData("always()", "Success", true)]
    [InlineData("always()", "Failure", true)] // always() runs after a failure
    [InlineData("always()", "Cancelled", true)]
    [InlineData("success()", "Success", true)]
    [InlineData("success()", "Failure", false)]
    [InlineData("failure()", "Success", false)] // failure() only after a failure
    [InlineData("failure()", "Failure", true)]
    [InlineData("failure()", "Cancelled", false)]
    [InlineData("cancelled()", "Cancelled", true)]
    [InlineData("cancelled()", "Failure", false)]
    [InlineData("!cancelled()", "Success", true)]
    [InlineData("!cancelled()", "Failure", true)] // a status function, so not wrapped: runs after a failure
    [InlineData("!cancelled()", "Cancelled", false)]
    [InlineData("${{ always() }}", "Failure", true)]
    [InlineData("Always()", "Failure", true)]
    [InlineData("failure() && github.ref == 'refs/heads/main'", "Failure", true)]
    [InlineData("failure() && github.ref == 'refs/heads/dev'", "Failure", false)]
    [InlineData("always() && inputs.environment == 'production'", "Failure", true)]
    [InlineData("success() || failure()", "Failure", true)]
    [InlineData("success() || failure()", "Cancelled", false)]
    [InlineData("format('{0}', always())", "Failure", true)] // a status function anywhere counts
    public void A_condition_with_a_status_function_decides_alone(string condition, string status, bool runs)
    {
        var context = Contexts.Sample(Enum.Parse<JobStatus>(status));

        var result = GitHubExpression.EvaluateCondition(condition, context);

        Assert.Equal(runs, result);
    }

    [Theory]
    [InlineData("${{ false }} ", "Success", true)] // text around the marker makes a non-empty string
    [InlineData("${{ false }}\n", "Success", true)] // a block scalar's trailing newline does the same
    [InlineData("${{ github.ref == 'x' }} && ${{ false }}", "Success", true)]
    [InlineData("${{ false }} ", "Failure", false)] // still wrapped in success() &&
    [InlineData("${{ success() }} || ${{ failure() }}", "Cancelled", true)] // the known trap: 'false || false' is text
    public void Text_around_a_marker_makes_the_condition_a_string_as_on_GitHub(string condition, string status, bool runs)
    {
        var context = Contexts.Sample(Enum.Parse<JobStatus>(status));

        var result = GitHubExpression.EvaluateCondition(condition, context);

        Assert.Equal(runs, result);
    }

    [Fact]
    public void A_multi_line_condition_evaluates_as_one_expression()
    {
        const string condition = """
            github.event_name == 'push' &&
              (github.ref == 'refs/heads/main' ||
               startsWith(github.ref, 'refs/tags/v'))
            """;

        var result = GitHubExpression.EvaluateCondition(condition, Contexts.Sample());

        Assert.True(result);
    }

    [Fact]
    public void After_a_failure_the_wrapped_condition_is_not_even_evaluated()
    {
        var context = Contexts.Sample(JobStatus.Failure);

        var result = GitHubExpression.EvaluateCondition("fromJSON('')", context);

        Assert.False(result);
    }

    [Fact]
    public void A_condition_with_a_syntax_error_fails_whatever_the_status()
    {
        var context = Contexts.Sample(JobStatus.Failure);

        Assert.Throws<ExpressionException>(() => GitHubExpression.EvaluateCondition("github.ref ==", context));
    }
}
