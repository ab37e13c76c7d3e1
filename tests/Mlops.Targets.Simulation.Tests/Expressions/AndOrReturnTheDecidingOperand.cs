using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class AndOrReturnTheDecidingOperand
{
    [Theory]
    [InlineData("true && 'a' && 'b'", "b")]
    [InlineData("'' && 'never'", "")]
    [InlineData("null && true", null)]
    [InlineData("1 && 0 && 2", 0.0)]
    [InlineData("0 || 'fallback'", "fallback")]
    [InlineData("'first' || 'second'", "first")]
    [InlineData("false || null", null)]
    [InlineData("false || 0", 0.0)]
    [InlineData("inputs.tag || 'latest'", "latest")]
    [InlineData("inputs.environment || 'staging'", "production")]
    [InlineData("inputs.environment == 'production' && 'prod-cluster' || 'test-cluster'", "prod-cluster")]
    [InlineData("inputs.environment == 'staging' && 'prod-cluster' || 'test-cluster'", "test-cluster")]
    public void The_result_is_the_operand_that_decided_not_a_boolean(string expression, object? expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void An_object_operand_is_returned_as_is()
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate("true && needs.build.outputs", context);

        Assert.Equal("ghcr.io/acme/model:1.2.0", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value)["image"]);
    }

    [Theory]
    [InlineData("false && fromJSON('')")]
    [InlineData("true || fromJSON('')")]
    [InlineData("false && hashFiles('**/*.csproj')")]
    public void Operands_after_the_deciding_one_are_not_evaluated(string expression)
    {
        var context = Contexts.None();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.NotNull(value);
    }
}
