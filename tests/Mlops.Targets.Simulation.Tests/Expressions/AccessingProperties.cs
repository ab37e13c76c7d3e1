using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class AccessingProperties
{
    [Theory]
    [InlineData("github.event_name", "push")]
    [InlineData("GITHUB.EVENT_NAME", "push")] // context and property names ignore case
    [InlineData("github['ref']", "refs/heads/main")]
    [InlineData("github['REF_NAME']", "main")]
    [InlineData("needs.build.outputs.image", "ghcr.io/acme/model:1.2.0")]
    [InlineData("needs['build'].outputs['image']", "ghcr.io/acme/model:1.2.0")]
    [InlineData("inputs.dry-run", false)] // '-' is part of a name
    [InlineData("inputs.replicas", 3.0)]
    [InlineData("matrix.python[0]", "3.11")]
    [InlineData("matrix.python[1]", "3.12")]
    [InlineData("matrix.python[1.7]", "3.12")] // an index is rounded down
    [InlineData("matrix.python['1']", "3.12")] // and coerced to a number
    [InlineData("github.event.commits[1].author.name", "Grace")]
    [InlineData("fromJSON('{\"a\":{\"b\":{\"c\":42}}}').a.b.c", 42.0)]
    [InlineData("(needs).build.result", "success")]
    public void Properties_and_indexes_read_the_context(string expression, object? expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("inputs.missing")]
    [InlineData("inputs.tag")] // present but null
    [InlineData("github.event.pull_request.number")] // through a missing object
    [InlineData("github.ref.length")] // a string has no properties
    [InlineData("inputs.replicas[0]")]
    [InlineData("matrix.python[2]")]
    [InlineData("matrix.python[-1]")]
    [InlineData("matrix.python['first']")]
    [InlineData("vars.DEPLOY_REGION")] // a context GitHub defines that the simulator left out
    [InlineData("secrets.TOKEN")]
    [InlineData("github[fromJSON('{}')]")] // an object is no property name
    public void Anything_missing_is_null(string expression)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Null(value);
    }

    [Theory]
    [InlineData("needs.*.result", new object?[] { "success", "skipped" })]
    [InlineData("github.event.commits.*.author.name", new object?[] { "Ada", "Grace" })]
    [InlineData("matrix.python.*", new object?[] { "3.11", "3.12" })]
    [InlineData("needs.*.outputs.image", new object?[] { "ghcr.io/acme/model:1.2.0" })] // elements without it drop out
    [InlineData("inputs.environment.*", new object?[0])]
    [InlineData("needs[*]['result']", new object?[] { "success", "skipped" })]
    public void An_object_filter_collects_from_every_element(string expression, object?[] expected)
    {
        var context = Contexts.Sample();

        var value = GitHubExpression.Evaluate(expression, context);

        Assert.Equal(expected, Assert.IsAssignableFrom<IReadOnlyList<object?>>(value));
    }

    [Fact]
    public void Dictionaries_built_with_an_ordinal_comparer_are_still_read_ignoring_case()
    {
        var github = new Dictionary<string, object?>(StringComparer.Ordinal) { ["event_name"] = "push" };
        var context = new ExpressionContext(new Dictionary<string, object?> { ["github"] = github }, JobStatus.Success);

        var value = GitHubExpression.Evaluate("github.EVENT_NAME", context);

        Assert.Equal("push", value);
    }

    [Fact]
    public void Plain_string_dictionaries_lists_and_integers_work_as_contexts()
    {
        var contexts = new Dictionary<string, object?>
        {
            ["env"] = new Dictionary<string, string> { ["REGISTRY"] = "ghcr.io" },
            ["matrix"] = new Dictionary<string, object?> { ["shard"] = 2, ["python"] = new List<string> { "3.11", "3.12" } },
        };
        var context = new ExpressionContext(contexts, JobStatus.Success);

        var registry = GitHubExpression.Evaluate("env.registry", context);
        var shard = GitHubExpression.Evaluate("matrix.shard", context);
        var python = GitHubExpression.Evaluate("matrix.python[1]", context);

        Assert.Equal("ghcr.io", registry);
        Assert.Equal(2.0, shard);
        Assert.Equal("3.12", python);
    }

    [Fact]
    public void A_context_given_under_another_name_is_known_too()
    {
        var context = new ExpressionContext(new Dictionary<string, object?> { ["deployment"] = "blue" }, JobStatus.Success);

        var value = GitHubExpression.Evaluate("deployment", context);

        Assert.Equal("blue", value);
    }
}
