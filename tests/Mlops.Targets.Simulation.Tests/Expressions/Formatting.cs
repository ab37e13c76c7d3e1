using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class Formatting
{
    [Theory]
    [InlineData("format('Hello {0} {1} {2}', 'Mona', 'the', 'Octocat')", "Hello Mona the Octocat")]
    [InlineData("format('{0}-{0}', 'x')", "x-x")]
    [InlineData("format('{1}{0}', 'a', 'b')", "ba")]
    [InlineData("format('{{Hello {0}}}', 'Mona')", "{Hello Mona}")]
    [InlineData("format('{{0}}', 'x')", "{0}")]
    [InlineData("format('}}{{')", "}{")]
    [InlineData("format('no placeholders')", "no placeholders")]
    [InlineData("format('{0}|{1}|{2}|{3}', null, true, 1.50, 100000000)", "|true|1.5|100000000")]
    [InlineData("format('{0} {1}', needs.build, matrix.python)", "Object Array")]
    [InlineData("format('{0}', 0.1 )", "0.1")]
    [InlineData("format('{0}', -0)", "0")]
    [InlineData("format('{0}', 0.84551240822557006)", "0.84551240822557")] // 15 significant digits
    [InlineData("format('{0}', 1e21)", "1E+21")]
    [InlineData("format('{0}/{1}', github.repository, inputs.environment)", "acme/models/production")]
    public void Format_replaces_numbered_placeholders(string expression, string expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("format('{0')")]
    [InlineData("format('0}', 'x')")]
    [InlineData("format('{0}}', 'x')")]
    [InlineData("format('{x}', 'x')")]
    [InlineData("format('{}', 'x')")]
    [InlineData("format('{0:D2}', 1)")]
    public void A_stray_brace_is_an_error(string expression)
    {
        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Evaluate(expression, Contexts.None()));

        Assert.Contains("is invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_without_an_argument_is_an_error()
    {
        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Evaluate("format('{0} {1}', 'a')", Contexts.None()));

        Assert.Equal(
            "Cannot evaluate 'format('{0} {1}', 'a')' at position 0: format string '{0} {1}' uses {1} but only 1 argument(s) follow it",
            error.Message);
    }

    [Theory]
    [InlineData("join(matrix.python)", "3.11,3.12")]
    [InlineData("join(matrix.python, ' | ')", "3.11 | 3.12")]
    [InlineData("join(github.event.commits.*.author.name, ', ')", "Ada, Grace")]
    [InlineData("join(fromJSON('[1, true, null, \"x\", []]'), '-')", "1-true--x-Array")]
    [InlineData("join(matrix.python, matrix)", "3.11,3.12")] // a separator that is not text falls back to ','
    [InlineData("join('single')", "single")]
    [InlineData("join(null)", "")]
    [InlineData("join(needs)", "")]
    public void Join_puts_separators_between_the_items(string expression, string expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }
}
