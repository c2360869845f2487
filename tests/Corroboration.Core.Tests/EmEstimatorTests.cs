using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests;

public class EmEstimatorTests
{
    // A known mixture: 30 % matches; four binary features with these chances of agreeing.
    private const double Prior = 0.3;
    private static readonly double[] M = [0.9, 0.8, 0.85, 0.7];
    private static readonly double[] U = [0.1, 0.2, 0.05, 0.3];

    private static List<int[]> Sample(int count, int seed)
    {
        var random = new Random(seed);
        var pairs = new List<int[]>();
        for (var i = 0; i < count; i++)
        {
            var match = random.NextDouble() < Prior;
            pairs.Add([.. Enumerable.Range(0, M.Length).Select(f => random.NextDouble() < (match ? M[f] : U[f]) ? 0 : 1)]);
        }
        return pairs;
    }

    private static MatchModel Start(Func<int, double>? u = null) => new(0.5,
    [
        .. Enumerable.Range(0, M.Length).Select(f => new FeatureParameters($"f{f}",
        [
            new("agree", 0.7, u?.Invoke(f) ?? 0.3),
            new("disagree", 0.3, 1 - (u?.Invoke(f) ?? 0.3)),
        ])),
    ]);

    [Fact]
    public void RecoversThePriorAndMAndUOfAKnownMixture()
    {
        var model = EmEstimator.Estimate(Sample(40_000, 7), Start());

        Assert.InRange(model.Prior, Prior - 0.03, Prior + 0.03);
        for (var f = 0; f < M.Length; f++)
        {
            Assert.InRange(model.Features[f].Levels[0].M, M[f] - 0.04, M[f] + 0.04);
            Assert.InRange(model.Features[f].Levels[0].U, U[f] - 0.04, U[f] + 0.04);
        }
    }

    [Fact]
    public void WithUFixedOnlyMAndThePriorAreLearned()
    {
        var model = EmEstimator.Estimate(Sample(40_000, 11), Start(f => U[f]), fixU: true);

        Assert.Equal(U[0], model.Features[0].Levels[0].U);
        Assert.InRange(model.Prior, Prior - 0.03, Prior + 0.03);
        Assert.InRange(model.Features[1].Levels[0].M, M[1] - 0.04, M[1] + 0.04);
    }

    [Fact]
    public void AFeatureThatIsAlwaysMissingGetsNoWeight()
    {
        var pairs = Sample(20_000, 3).Select(p => new[] { p[0], p[1], p[2], Comparison.Missing }).ToList();
        var model = EmEstimator.Estimate(pairs, Start());

        Assert.Equal(0.0, model.Features[3].Levels[0].Weight, 3);
        Assert.InRange(model.Features[0].Levels[0].M, M[0] - 0.05, M[0] + 0.05);
    }
}
