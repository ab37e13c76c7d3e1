namespace Mlops.Names.Tests;

/// <summary>The one sentence that ends every error about a mistyped name.</summary>
public sealed class SayingDidYouMean
{
    [Fact]
    public void Near_names_are_offered_nearest_first()
    {
        var sentence = DidYouMean.For("NumLeaves", ["NumberOfIterations", "NumberOfLeaves", "Seed"]);

        Assert.Equal(" Did you mean: NumberOfLeaves, NumberOfIterations?", sentence);
    }

    [Fact]
    public void The_count_limits_how_many_are_offered()
    {
        var sentence = DidYouMean.For("lable", ["label", "labels"], count: 1);

        Assert.Equal(" Did you mean: label?", sentence);
    }

    [Fact]
    public void No_near_name_says_nothing()
    {
        Assert.Equal("", DidYouMean.For("xyz", ["label", "seed"]));
    }

    [Fact]
    public void Or_known_lists_every_name_in_the_given_order_when_none_is_near()
    {
        var sentence = DidYouMean.OrKnown("bytes", ["path", "sha256", "size", "path"]);

        Assert.Equal(" Known: path, sha256, size.", sentence);
    }

    [Fact]
    public void Or_known_still_prefers_the_near_names()
    {
        Assert.Equal(" Did you mean: label?", DidYouMean.OrKnown("lable", ["label", "seed"]));
    }

    [Fact]
    public void Or_known_says_nothing_when_there_are_no_names()
    {
        Assert.Equal("", DidYouMean.OrKnown("x", []));
    }
}
