using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>Shared rare words (a village) make texts similar; shared stock words (airstrike) hardly.</summary>
public sealed class TermRarityTests
{
    [Fact]
    public void ARareSharedWordWeighsMoreThanACommonOne()
    {
        var rarity = new TermRarity();
        for (var i = 0; i < 50; i++)
        {
            rarity.Observe(TermVector.FromText($"airstrike killed civilians report{i}"));
        }
        var village = rarity.Cosine(TermVector.FromText("Kafrnabl shelling"), TermVector.FromText("Kafrnabl mortar"));
        var stock = rarity.Cosine(TermVector.FromText("airstrike shelling"), TermVector.FromText("airstrike mortar"));
        Assert.True(village > stock + 0.2, $"village {village:0.00}, stock word {stock:0.00}");
        // With nothing counted every word weighs the same: the plain cosine.
        var plain = new TermRarity().Cosine(TermVector.FromText("airstrike shelling"), TermVector.FromText("airstrike mortar"));
        Assert.Equal(TermVector.FromText("airstrike shelling").Cosine(TermVector.FromText("airstrike mortar")), plain, 6);
    }

    [Fact]
    public void MinHashBandsCountAsTextWhenCandidatesAreRanked()
    {
        Assert.Equal(BlockingKeys.KindBit("t:ariha"), BlockingKeys.KindBit("m:3:00ff"));
        Assert.NotEqual(BlockingKeys.KindBit("d:2023-10-05"), BlockingKeys.KindBit("p:ariha"));
    }
}
