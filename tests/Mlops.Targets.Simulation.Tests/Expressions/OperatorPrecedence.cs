using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class OperatorPrecedence
{
    [Theory]
    [InlineData("!false == true", true)] // ! before ==
    [InlineData("!2 < 3", true)] // ! before <: (!2) is false, which is 0
    [InlineData("!(2 < 3)", false)]
    [InlineData("3 < 2 < 1", true)] // left to right: (3 < 2) is false, which is 0
    [InlineData("3 < (2 < 1)", false)]
    [InlineData("2 <= 3 == true", true)] // < before ==
    [InlineData("2 == 2 != false", true)]
    [InlineData("1 == 1 && 2", 2.0)] // == before &&
    [InlineData("1 == (1 && 2)", false)]
    [InlineData("1 || 2 && 3", 1.0)] // && before ||
    [InlineData("(1 || 2) && 3", 3.0)]
    [InlineData("false && 0 || 'fallback'", "fallback")]
    [InlineData("false && (0 || 'fallback')", false)]
    [InlineData("!inputs.environment", false)] // . before !
    [InlineData("(!inputs).environment", null)]
    [InlineData("inputs['replicas'] > 2", true)] // [] before >
    [InlineData("needs.build.outputs.image == 'ghcr.io/acme/model:1.2.0'", true)]
    public void Operators_bind_in_GitHubs_order(string expression, object? expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }
}
