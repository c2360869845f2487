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

    [Fact]
    public void CosineByTermNumbersEqualsThePlainFormulaAsCountsGrow()
    {
        var (rarity, other) = (new TermRarity(), new TermRarity());
        var compared = 0;
        foreach (var (claim, incident) in SyntheticPairs.Pairs())
        {
            // Counts move on between comparisons, so a kept norm must be worked out again.
            if (compared++ % 40 == 0)
            {
                rarity.Observe(claim.Terms);
            }
            var terms = incident.TermsFor(claim.Terms.Script) ?? incident.Terms;
            Assert.Equal(PlainCosine(rarity, claim.Terms, terms), rarity.Cosine(claim.Terms, terms));
            // A vector numbered by one rarity is compared right by another.
            Assert.Equal(PlainCosine(other, claim.Terms, terms), other.Cosine(claim.Terms, terms));
        }
        Assert.True(rarity.Documents > 50, $"{rarity.Documents} documents");
    }

    [Fact]
    public void AForgottenDocumentLeavesTheCountsAsIfItWasNeverSeenAndNoKeptNormOfIt()
    {
        var (rarity, fresh) = (new TermRarity(), new TermRarity());
        var (kafr, atarib) = (TermVector.FromText("Kafrnabl market strike"), TermVector.FromText("Atarib market strike"));
        var incident = TermVector.FromText("strike on the Kafrnabl market");
        rarity.Observe(kafr);
        fresh.Observe(atarib);
        var before = rarity.Cosine(kafr, incident); // keeps the incident's norm with these counts

        rarity.Forget(kafr); // the linking that counted it rolled back
        rarity.Observe(atarib); // as many documents again, other counts

        Assert.Equal(0, rarity.Frequency("kafrnabl"));
        Assert.Equal(fresh.Documents, rarity.Documents);
        Assert.Equal(fresh.Cosine(kafr, incident), rarity.Cosine(kafr, incident));
        Assert.NotEqual(before, rarity.Cosine(kafr, incident));
    }

    /// <summary>The formula as written before terms were numbered: string lookups, the same order of sums.</summary>
    private static double PlainCosine(TermRarity rarity, TermVector a, TermVector b)
    {
        var (small, large) = a.Weights.Count <= b.Weights.Count ? (a.Weights, b.Weights) : (b.Weights, a.Weights);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                var idf = rarity.Idf(term);
                dot += weight * other * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (PlainNorm(rarity, a) * PlainNorm(rarity, b));
    }

    private static double PlainNorm(TermRarity rarity, TermVector vector)
    {
        var sum = 0.0;
        foreach (var (term, weight) in vector.Weights)
        {
            var idf = rarity.Idf(term);
            sum += weight * weight * idf * idf;
        }
        return Math.Sqrt(sum);
    }
}
