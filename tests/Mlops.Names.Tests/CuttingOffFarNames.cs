namespace Mlops.Names.Tests;

/// <summary>Only near names are suggested: a hint naming far ones would send the reader the wrong way.</summary>
public sealed class CuttingOffFarNames
{
    [Fact]
    public void Names_with_nothing_in_common_are_not_suggested()
    {
        Assert.Empty(NearestNames.To("text", ["numeric", "categorical"]));
    }

    [Fact]
    public void Two_edits_are_near_even_for_a_short_name()
    {
        Assert.Equal(["abcd"], NearestNames.To("abxy", ["abcd"]));
        Assert.Empty(NearestNames.To("axyz", ["abcd"]));
    }

    [Fact]
    public void A_longer_name_may_be_a_third_of_its_length_of_edits_away()
    {
        // 12 letters: 4 edits are near, 5 are not.
        Assert.Equal(["abcdefghwxyz"], NearestNames.To("abcdefghijkl", ["abcdefghwxyz"]));
        Assert.Empty(NearestNames.To("abcdefghijkl", ["abcdefgvwxyz"]));
    }

    [Fact]
    public void A_shared_word_makes_a_name_near_however_many_edits_away()
    {
        Assert.Equal(["MinimumExampleCountPerLeaf"], NearestNames.To("counts", ["MinimumExampleCountPerLeaf", "Seed"]));
    }

    [Fact]
    public void Words_shorter_than_three_letters_are_too_common_to_make_names_near()
    {
        Assert.Empty(NearestNames.To("NumberOfTrees", ["SizeOfLeaf"]));
    }

    [Fact]
    public void Without_names_there_is_nothing_to_suggest()
    {
        Assert.Empty(NearestNames.To("Test", []));
    }
}
