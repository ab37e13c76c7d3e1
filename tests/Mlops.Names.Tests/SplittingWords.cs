namespace Mlops.Names.Tests;

/// <summary>
/// Words are found in PascalCase, camelCase, snake_case, kebab-case and dotted names, so the same words written in
/// another convention still show kinship.
/// </summary>
public sealed class SplittingWords
{
    [Theory]
    [InlineData("MaxTreeDepth")]
    [InlineData("maxTreeDepth")]
    [InlineData("max_tree_depth")]
    [InlineData("max-tree-depth")]
    [InlineData("max.tree.depth")]
    public void Every_convention_splits_into_the_same_words(string wanted)
    {
        // "DepthOfTreeMax" shares all three words and is far in spelling: only word splitting ranks it first.
        var nearest = NearestNames.To(wanted, ["tree_size", "DepthOfTreeMax", "TreeDepthLimit"]);

        Assert.Equal(["DepthOfTreeMax", "TreeDepthLimit", "tree_size"], nearest);
    }

    [Fact]
    public void A_run_of_capitals_is_one_word()
    {
        // Split letter by letter, "CSV" would be three words too short to count.
        Assert.Equal(["csv_path"], NearestNames.To("LoadCSV", ["csv_path", "Seed"]));
    }

    [Fact]
    public void A_word_starting_another_counts_as_shared()
    {
        Assert.Equal(["NumberOfLeaves"], NearestNames.To("num_leaf", ["NumberOfLeaves", "Seed"]));
    }

    [Fact]
    public void Digits_end_a_word_before_a_capital()
    {
        // Unsplit, "Layer2Weights" would be one word that "weights" does not start.
        Assert.Equal(["Layer2Weights"], NearestNames.To("weights_limit", ["Layer2Weights", "Seed"]));
    }
}
