using Mlops.Targets.Simulation.Internal.Expressions;

namespace Mlops.Targets.Simulation.Tests.Expressions;

public sealed class Interpolating
{
    [Theory]
    [InlineData("deploy ${{ inputs.environment }}", "deploy production")]
    [InlineData(
        "${{ env.REGISTRY }}/${{ github.repository }}:${{ github.ref_name }}-py${{ matrix.python[0] }}",
        "ghcr.io/acme/models:main-py3.11")]
    [InlineData("replicas=${{ inputs.replicas }} dry=${{ inputs.dry-run }} tag=${{ inputs.tag }}.", "replicas=3 dry=false tag=.")]
    [InlineData("${{inputs.environment}}${{inputs.environment}}", "productionproduction")]
    [InlineData("ratio ${{ 1.50 }} big ${{ 100000000 }}", "ratio 1.5 big 100000000")]
    [InlineData("is main: ${{ github.ref == 'refs/heads/main' }}", "is main: true")]
    [InlineData("${{ github.ref == 'refs/heads/main' }}", "true")]
    [InlineData("${{ inputs.tag }}", "")]
    [InlineData("image ${{ needs.build.outputs.image || 'none' }}", "image ghcr.io/acme/model:1.2.0")]
    public void Each_marker_is_replaced_by_its_value_as_text(string text, string expected)
    {
        var context = Contexts.Sample();

        var result = GitHubExpression.Interpolate(text, context);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("echo {0} {{x}} }")]
    [InlineData("no markers at all")]
    [InlineData("")]
    [InlineData("$ {{ not a marker }}")]
    public void Text_without_markers_is_unchanged(string text)
    {
        var result = GitHubExpression.Interpolate(text, Contexts.Sample());

        Assert.Equal(text, result);
    }

    [Theory]
    [InlineData("{ \"env\": \"${{ inputs.environment }}\" }", "{ \"env\": \"production\" }")] // braces around markers stay
    [InlineData("${{ format('{{{0}}}', 'x') }}", "{x}")] // '}}' inside quotes does not end the marker
    [InlineData("${{ 'it''s }}' }} done", "it's }} done")]
    [InlineData("a ${{ 'b' }} c ${{ 'd' }} e", "a b c d e")]
    [InlineData("100% ${{ 'sure' }}", "100% sure")]
    public void Literal_text_and_quoted_braces_survive(string text, string expected)
    {
        var result = GitHubExpression.Interpolate(text, Contexts.Sample());

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("needs: ${{ needs }}", "needs: Object")]
    [InlineData("pythons: ${{ matrix.python }}", "pythons: Array")]
    [InlineData("${{ toJSON(matrix.python) }}", "[\n  \"3.11\",\n  \"3.12\"\n]")]
    [InlineData("${{ join(matrix.python, ' ') }}", "3.11 3.12")]
    public void Arrays_and_objects_render_as_GitHub_renders_them_so_use_toJSON_for_content(string text, string expected)
    {
        var result = GitHubExpression.Interpolate(text, Contexts.Sample());

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Evaluating_a_single_marker_keeps_the_value_and_text_around_it_makes_a_string()
    {
        var context = Contexts.Sample();

        var bare = GitHubExpression.Evaluate("${{ inputs.replicas }}", context);
        var embedded = GitHubExpression.Evaluate("n=${{ inputs.replicas }}", context);

        Assert.Equal(3.0, bare);
        Assert.Equal("n=3", embedded);
    }

    [Theory]
    [InlineData("echo ${{ inputs.environment", 5, "'${{' is not closed by '}}'")]
    [InlineData("echo ${{ }}", 5, "expected an expression between '${{' and '}}'")]
    [InlineData("echo ${{ inputs.environment == }}", 31, "expected a value")]
    public void A_broken_marker_is_an_error_positioned_in_the_whole_text(string text, int position, string reason)
    {
        var error = Assert.Throws<ExpressionException>(() => GitHubExpression.Interpolate(text, Contexts.Sample()));

        Assert.Equal($"Invalid expression '{text}' at position {position}: {reason}", error.Message);
        Assert.Equal(position, error.Position);
    }
}
