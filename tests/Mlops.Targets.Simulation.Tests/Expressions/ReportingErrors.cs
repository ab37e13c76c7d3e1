using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class ReportingErrors
{
    [Theory]
    [InlineData("github.ref ==", 13, "expected a value")]
    [InlineData("github.ref = 'refs/heads/main'", 11, "unexpected symbol '='")]
    [InlineData("github.ref === 'x'", 13, "unexpected symbol '='")]
    [InlineData("github.ref == inputs.env && foo.bar", 28, "unrecognized named-value 'foo'")]
    [InlineData("github.ref & true", 11, "unexpected symbol '&'")]
    [InlineData("inptus.environment == 'production'", 0, "unrecognized named-value 'inptus'")]
    [InlineData("deploy(github.ref)", 0, "unknown function 'deploy'")]
    [InlineData("startsWith(github.ref)", 0, "startsWith() takes 2 arguments, not 1")]
    [InlineData("join()", 0, "join() takes 1 or 2 arguments, not 0")]
    [InlineData("always(true)", 0, "always() takes no arguments, not 1")]
    [InlineData("format()", 0, "format() takes 1 to 255 arguments, not 0")]
    [InlineData("(github.ref == 'x'", 18, "expected ')'")]
    [InlineData("contains(github.ref 'x')", 20, "unexpected symbol ''x'', expected ',' or ')'")]
    [InlineData("github..ref", 7, "unexpected symbol '.ref'")]
    [InlineData("github.", 7, "expected a property name or '*' after '.'")]
    [InlineData("github.ref == 'main", 14, "unterminated string 'main")]
    [InlineData("1 2", 2, "unexpected symbol '2'")]
    [InlineData("'abc'[0]", 5, "unexpected symbol '['")]
    [InlineData("0xZZ == 1", 0, "unexpected symbol '0xZZ'")]
    [InlineData("github.ref == @main", 14, "unexpected symbol '@main'")]
    [InlineData("> 1", 0, "unexpected symbol '>', expected a value")]
    public void A_syntax_error_names_the_expression_and_the_position(string expression, int position, string reason)
    {
        var context = Contexts.Sample();

        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Evaluate(expression, context));

        Assert.Equal($"Invalid expression '{expression}' at position {position}: {reason}", error.Message);
        Assert.Equal(position, error.Position);
        Assert.Equal(expression, error.Expression);
    }

    [Fact]
    public void The_error_is_a_FormatException()
    {
        var error = Record.Exception(() => GitHubExpression.Evaluate("github.ref ==", Contexts.Sample()));

        Assert.IsAssignableFrom<FormatException>(error);
    }

    [Fact]
    public void The_message_of_a_multi_line_condition_stays_on_one_line()
    {
        var condition = "github.event_name == 'push' &&\n  github.ref = 'refs/heads/main'";

        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.EvaluateCondition(condition, Contexts.Sample()));

        Assert.Equal(
            "Invalid expression 'github.event_name == 'push' &&   github.ref = 'refs/heads/main'' at position 44: unexpected symbol '='",
            error.Message);
    }

    [Fact]
    public void An_unknown_function_is_an_error_even_where_it_would_not_run()
    {
        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Evaluate("false && deploy()", Contexts.Sample()));

        Assert.Equal("Invalid expression 'false && deploy()' at position 9: unknown function 'deploy'", error.Message);
    }

    [Fact]
    public void Nesting_beyond_GitHubs_limit_is_an_error()
    {
        var expression = new string('!', 50) + "true";

        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Evaluate(expression, Contexts.None()));

        Assert.EndsWith("nested deeper than 50 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HashFiles_is_not_supported_in_a_simulation()
    {
        var error = Assert.Throws<NotSupportedException>(
            () => GitHubExpression.Evaluate("hashFiles('**/packages.lock.json')", Contexts.None()));

        Assert.Contains("hashFiles()", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_context_value_of_an_unusable_type_is_refused_up_front()
    {
        var contexts = new Dictionary<string, object?> { ["github"] = DateTime.UnixEpoch };

        var error = Assert.Throws<NotSupportedException>(() => new ExpressionContext(contexts, JobStatus.Success));

        Assert.Contains("DateTime", error.Message, StringComparison.Ordinal);
    }
}
