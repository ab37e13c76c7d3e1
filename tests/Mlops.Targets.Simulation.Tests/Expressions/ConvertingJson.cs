using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class ConvertingJson
{
    [Theory]
    [InlineData("toJSON(null)", "null")]
    [InlineData("toJSON(true)", "true")]
    [InlineData("toJSON(3)", "3")]
    [InlineData("toJSON(-0)", "0")]
    [InlineData("toJSON(1234.5)", "1234.5")]
    [InlineData("toJSON('say \"hi\" <b>')", "\"say \\\"hi\\\" <b>\"")]
    [InlineData("toJSON(fromJSON('[]'))", "[]")]
    [InlineData("toJSON(fromJSON('{}'))", "{}")]
    [InlineData("toJSON(matrix.python)", "[\n  \"3.11\",\n  \"3.12\"\n]")]
    [InlineData("toJSON(needs.build)", "{\n  \"result\": \"success\",\n  \"outputs\": {\n    \"image\": \"ghcr.io/acme/model:1.2.0\"\n  }\n}")]
    [InlineData("toJSON(needs.*.result)", "[\n  \"success\",\n  \"skipped\"\n]")]
    public void ToJSON_pretty_prints_with_two_spaces(string expression, string expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("fromJSON('null')", null)]
    [InlineData("fromJSON('true')", true)]
    [InlineData("fromJSON('-12.5')", -12.5)]
    [InlineData("fromJSON('\"text\"')", "text")]
    [InlineData("fromJSON(' 42 ')", 42.0)]
    [InlineData("fromJSON('{\"Region\": \"eu\"}').region", "eu")] // keys ignore case
    [InlineData("fromJSON('[10, 20]')[1]", 20.0)]
    [InlineData("fromJSON(toJSON(needs.build)).outputs.image", "ghcr.io/acme/model:1.2.0")]
    [InlineData("fromJSON(inputs.replicas) > 2", true)] // a number's text is JSON too
    public void FromJSON_turns_text_into_values(string expression, object? expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("fromJSON('')", "fromJSON() needs JSON text, but got an empty string")]
    [InlineData("fromJSON(inputs.tag)", "fromJSON() needs JSON text, but got an empty string")]
    [InlineData("fromJSON('{not json}')", "fromJSON() got text that is not JSON")]
    public void FromJSON_of_anything_but_JSON_is_an_error(string expression, string reason)
    {
        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Evaluate(expression, Contexts.Sample()));

        Assert.StartsWith($"Cannot evaluate '{expression}' at position 0: {reason}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_from_JSON_text_reads_like_a_literal_one()
    {
        var context = Contexts.FromJson("""{ "needs": { "plan": { "outputs": { "matrix": "{\"shard\": [1, 2, 3]}" } } } }""");

        var value = GitHubExpression.Evaluate("fromJSON(needs.plan.outputs.matrix).shard", context);

        Assert.Equal(new object?[] { 1.0, 2.0, 3.0 }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(value));
    }
}
