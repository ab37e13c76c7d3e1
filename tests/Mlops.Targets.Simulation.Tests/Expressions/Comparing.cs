using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class Comparing
{
    [Theory]
    [InlineData("1 < 2", true)]
    [InlineData("2 <= 2", true)]
    [InlineData("3 > 2.5", true)]
    [InlineData("2 >= 3", false)]
    [InlineData("'a' < 'B'", true)] // strings ignore case
    [InlineData("'B' > 'a'", true)]
    [InlineData("'abc' <= 'ABC'", true)]
    [InlineData("'2' > '10'", true)] // two strings compare as text
    [InlineData("'10' > 9", true)] // a string meets a number as a number
    [InlineData("true > false", true)]
    [InlineData("true > 0", true)]
    [InlineData("null < 1", true)]
    [InlineData("null < null", false)]
    [InlineData("null <= null", true)]
    [InlineData("'abc' < 1", false)] // NaN is not ordered
    [InlineData("'abc' >= 1", false)]
    [InlineData("NaN <= NaN", false)]
    [InlineData("Infinity > 1e308", true)]
    [InlineData("fromJSON('[]') < 1", false)]
    [InlineData("fromJSON('{}') >= fromJSON('{}')", false)]
    [InlineData("inputs.replicas >= 3", true)]
    public void Comparisons_coerce_like_equality_and_never_order_NaN_or_objects(string expression, bool expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }
}
