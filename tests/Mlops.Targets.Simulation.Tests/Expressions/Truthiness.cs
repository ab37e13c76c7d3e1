using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class Truthiness
{
    public static TheoryData<object?> Falsy => new() { false, 0.0, -0.0, double.NaN, "", null, 0 };

    public static TheoryData<object?> Truthy => new()
    {
        true, 1.0, -1.0, double.PositiveInfinity, "0", "false", " ", 7,
        new List<object?>(), new Dictionary<string, object?>(),
    };

    [Theory]
    [MemberData(nameof(Falsy))]
    public void False_zero_NaN_empty_text_and_null_are_falsy(object? value)
    {
        var truthy = GitHubExpression.IsTruthy(value);

        Assert.False(truthy);
    }

    [Theory]
    [MemberData(nameof(Truthy))]
    public void Everything_else_is_truthy_even_the_text_false_and_empty_collections(object? value)
    {
        var truthy = GitHubExpression.IsTruthy(value);

        Assert.True(truthy);
    }

    [Theory]
    [InlineData("!''", true)]
    [InlineData("!'false'", false)]
    [InlineData("!0", true)]
    [InlineData("!null", true)]
    [InlineData("!NaN", true)]
    [InlineData("!fromJSON('[]')", false)]
    [InlineData("!!inputs.environment", true)]
    [InlineData("!inputs.missing", true)]
    public void Not_negates_truthiness(string expression, bool expected)
    {
        var value = GitHubExpression.Evaluate(expression, Contexts.Sample());

        Assert.Equal(expected, value);
    }
}
