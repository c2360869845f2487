using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>The weight-only path the matcher ranks candidates by is the explained score's weight, to the bit.</summary>
public sealed class MatchScorerTests
{
    [Fact]
    public void WeightEqualsTheExplainedScoresWeightExactly()
    {
        var rarity = new TermRarity();
        foreach (var claim in SyntheticPairs.Claims.Take(150))
        {
            rarity.Observe(claim.Terms);
        }
        var scorer = new MatchScorer(new MatchWeights(), rarity);
        var pairs = 0;
        var links = 0;
        foreach (var (claim, incident) in SyntheticPairs.Pairs())
        {
            var decision = scorer.Score(claim, incident);
            Assert.Equal(decision.Weight, scorer.Weight(claim, incident));
            pairs++;
            links += decision.Weight >= scorer.Weights.LinkThreshold ? 1 : 0;
        }
        // The pairs are varied enough to mean something: thousands, some linking and most not.
        Assert.True(pairs > 3000, $"{pairs} pairs");
        Assert.InRange(links, pairs / 100, pairs / 2);
    }

    [Fact]
    public void ABoundedWeightIsExactAtTheFloorAndBelowItOtherwise()
    {
        var rarity = new TermRarity();
        foreach (var claim in SyntheticPairs.Claims.Take(150))
        {
            rarity.Observe(claim.Terms);
        }
        var scorer = new MatchScorer(new MatchWeights(), rarity);
        var floor = scorer.Weights.LinkThreshold - scorer.Weights.NeighbourMargin;
        var (kept, bounded, onFieldsAlone) = (0, 0, 0);
        foreach (var (claim, incident) in SyntheticPairs.Pairs())
        {
            var exact = scorer.Weight(claim, incident);
            var most = scorer.MostWeight(claim, incident);
            var weight = scorer.Weight(claim, incident, floor);
            Assert.True(most >= exact, $"{most} < {exact}");
            if (weight >= floor)
            {
                Assert.Equal(exact, weight);
                kept++;
            }
            else
            {
                // Below the floor the weight may be a bound, but the exact one is below the floor too.
                Assert.True(exact <= weight, $"{exact} > {weight}");
                bounded += weight == exact ? 0 : 1;
                // Ruled out before the lists were walked, the bound is not the weight with texts alike either.
                onFieldsAlone += weight != exact && weight != most ? 1 : 0;
            }
        }
        // Every way is taken: some candidates are weighed in full, others ruled out without their
        // texts, some of those on date, distance and casualties alone.
        Assert.True(kept > 100 && bounded > 100 && onFieldsAlone > 100, $"{kept} weighed in full, {bounded} bounded, {onFieldsAlone} on fields alone");
    }

    [Fact]
    public void TheBoundOnTheWeightWithTextsAlikeIsNeverBelowItAndOftenBelowTheRejoinBar()
    {
        var scorer = new MatchScorer(new MatchWeights());
        var (pairs, ruledOut) = (0, 0);
        foreach (var (claim, incident) in SyntheticPairs.Pairs())
        {
            var bound = scorer.MostWeightBound(claim, incident);
            Assert.True(bound >= scorer.MostWeight(claim, incident), $"bound {bound} < {scorer.MostWeight(claim, incident)}");
            pairs++;
            ruledOut += bound < scorer.Weights.RejoinWeight ? 1 : 0;
        }
        // Rejoining passes over most of these without walking their lists of names, and weighs the rest.
        Assert.True(ruledOut > pairs / 2 && pairs - ruledOut > 50, $"{ruledOut} of {pairs} ruled out by the bound");
    }

    [Fact]
    public void TheExplanationStillSaysWhatEachFeatureAdded()
    {
        var scorer = new MatchScorer(new MatchWeights());
        var (claim, incident) = SyntheticPairs.Pairs().First(p => p.Claim.Date is not null && p.Incident.Date is not null);
        var decision = scorer.Score(claim, incident);
        Assert.Equal("prior", decision.Contributions[0].Feature);
        Assert.Contains(decision.Contributions, c => c.Feature == Comparison.Date && c.Level.EndsWith(" days)", StringComparison.Ordinal));
        Assert.Equal(decision.Weight, decision.Contributions.Sum(c => c.Weight));
    }
}
