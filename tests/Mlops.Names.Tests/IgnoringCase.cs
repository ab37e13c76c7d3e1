namespace Mlops.Names.Tests;

/// <summary>Names are told apart by spelling, not by case; the suggestions keep the case they were given in.</summary>
public sealed class IgnoringCase
{
    [Fact]
    public void A_name_differing_only_in_case_is_the_nearest()
    {
        var nearest = NearestNames.To("Age", ["agent", "age", "sage"]);

        Assert.Equal("age", nearest[0]);
    }

    [Fact]
    public void Case_changes_are_not_counted_as_edits()
    {
        Assert.Equal(["test"], NearestNames.To("TSET", ["test"]));
        Assert.Equal(["TEST"], NearestNames.To("tset", ["TEST"]));
    }

    [Fact]
    public void Shared_words_are_found_whatever_their_case()
    {
        Assert.Equal(["learning_rate"], NearestNames.To("LEARNINGSPEED", ["learning_rate", "seed"], count: 1));
    }
}
