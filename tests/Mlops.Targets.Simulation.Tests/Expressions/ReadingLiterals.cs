using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class ReadingLiterals
{
    [Theory]
    [InlineData("null", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("42", 42.0)]
    [InlineData("-1.5", -1.5)]
    [InlineData("+7", 7.0)]
    [InlineData(".5", 0.5)]
    [InlineData("0xff", 255.0)]
    [InlineData("0xFF", 255.0)]
    [InlineData("0o17", 15.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.2E-2", 0.012)]
    [InlineData("'hello'", "hello")]
    [InlineData("'it''s'", "it's")]
    [InlineData("''", "")]
    [InlineData("'  spaced  '", "  spaced  ")]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void A_literal_evaluates_to_its_value(string expression, object? expected)
    {
        var context = Contexts.None();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }

    [Fact]
    public void NaN_is_a_number_literal()
    {
        var value = GitHubExpression.Evaluate("NaN", Contexts.None());

        Assert.True(value is double number && double.IsNaN(number));
    }

    [Theory]
    [InlineData("${{ 'hello' }}", "hello")]
    [InlineData("${{ 12 }}", 12.0)]
    [InlineData("${{ true }}", true)]
    [InlineData("${{null}}", null)]
    public void A_literal_wrapped_in_markers_keeps_its_kind(string expression, object? expected)
    {
        var value = GitHubExpression.Evaluate(expression, Contexts.None());

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_expression_is_null(string expression)
    {
        var value = GitHubExpression.Evaluate(expression, Contexts.None());

        Assert.Null(value);
    }

    [Theory]
    [InlineData("True")]
    [InlineData("NULL")]
    public void Keywords_are_lower_case_so_other_spellings_are_unknown_names(string expression)
    {
        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Evaluate(expression, Contexts.None()));

        Assert.Contains($"unrecognized named-value '{expression}'", error.Message, StringComparison.Ordinal);
    }
}
