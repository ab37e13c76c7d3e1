using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

/// <summary>The docs' coercion table: values of different kinds compare as numbers; strings ignore case.</summary>
public sealed class LooseEquality
{
    [Theory]
    [InlineData("null == 0", true)]
    [InlineData("null == false", true)]
    [InlineData("null == ''", true)]
    [InlineData("null == null", true)]
    [InlineData("'' == 0", true)]
    [InlineData("'  ' == 0", true)]
    [InlineData("true == 1", true)]
    [InlineData("false == 0", true)]
    [InlineData("true == 2", false)]
    [InlineData("true == 'true'", false)] // 'true' is NaN as a number
    [InlineData("'abc' == 'ABC'", true)]
    [InlineData("'abc' != 'ABC'", false)]
    [InlineData("'1' == 1", true)]
    [InlineData("' 1.0 ' == 1", true)]
    [InlineData("'0x10' == 16", true)]
    [InlineData("'1e2' == 100", true)]
    [InlineData("'1.0' == '1'", false)] // two strings compare as text
    [InlineData("'abc' == 0", false)]
    [InlineData("0 == -0", true)]
    [InlineData("NaN == NaN", false)]
    [InlineData("NaN != NaN", true)]
    [InlineData("'abc' == NaN", false)]
    [InlineData("'abc' != NaN", true)]
    [InlineData("fromJSON('[]') == fromJSON('[]')", false)] // arrays are equal only to themselves
    [InlineData("fromJSON('{}') == fromJSON('{}')", false)]
    [InlineData("fromJSON('[]') == 0", false)]
    [InlineData("fromJSON('{}') == null", false)]
    [InlineData("matrix.python == matrix.python", true)]
    [InlineData("needs.build == needs.BUILD", true)]
    public void Equality_follows_GitHubs_loose_rules(string expression, bool expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }
}
