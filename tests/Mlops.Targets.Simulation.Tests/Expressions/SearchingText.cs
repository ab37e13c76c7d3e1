using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

/// <summary>contains, startsWith and endsWith: case-insensitive, and given non-text they compare the value as text.</summary>
public sealed class SearchingText
{
    [Theory]
    [InlineData("contains('Hello world', 'WORLD')", true)]
    [InlineData("contains('Hello world', 'planet')", false)]
    [InlineData("contains('abc', '')", true)]
    [InlineData("contains('1234', 23)", true)]
    [InlineData("contains('true', true)", true)]
    [InlineData("contains(github.ref, 'heads/MAIN')", true)]
    [InlineData("contains('abc', fromJSON('[\"a\"]'))", false)] // an array is not text
    [InlineData("startsWith(github.ref, 'refs/heads/')", true)]
    [InlineData("startsWith(github.ref, 'REFS/HEADS/')", true)]
    [InlineData("startsWith(github.ref, 'refs/tags/')", false)]
    [InlineData("startsWith('1234', 12)", true)]
    [InlineData("startsWith('abc', null)", true)] // null is ''
    [InlineData("startsWith(needs, 'a')", false)]
    [InlineData("endsWith(needs.build.outputs.image, ':1.2.0')", true)]
    [InlineData("endsWith('Release.ZIP', '.zip')", true)]
    [InlineData("endsWith('1234', 23)", false)]
    [InlineData("STARTSWITH(github.ref, 'refs/')", true)] // function names ignore case
    public void Text_functions_ignore_case(string expression, bool expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("contains(matrix.python, '3.12')", true)]
    [InlineData("contains(matrix.python, '3.10')", false)]
    [InlineData("contains(needs.*.result, 'success')", true)]
    [InlineData("contains(needs.*.result, 'FAILURE')", false)]
    [InlineData("contains(needs.*.result, 'SKIPPED')", true)] // element equality ignores case too
    [InlineData("contains(fromJSON('[1, 2, 3]'), '2')", true)] // and is loose
    [InlineData("contains(fromJSON('[0]'), false)", true)]
    [InlineData("contains(fromJSON('[\"ab\"]'), 'a')", false)] // whole elements, not substrings
    [InlineData("contains(fromJSON('[]'), null)", false)]
    [InlineData("contains(needs, 'build')", false)] // an object contains nothing
    [InlineData("contains(fromJSON('[\"push\",\"workflow_dispatch\"]'), github.event_name)", true)]
    public void Contains_on_an_array_looks_for_a_loosely_equal_element(string expression, bool expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }
}
