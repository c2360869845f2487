using Corroboration.Core.Evaluation;
using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Corroboration.Core.Matching.Clustering;
using Corroboration.Core.Synthetic;

namespace Corroboration.Core.Tests.Matching;

/// <summary>
/// Incremental clustering must not depend much on the order reports arrive in: the same corpus
/// in shuffled orders scores nearly the same B-cubed F1 against its gold.
/// </summary>
public sealed class ArrivalOrderTests
{
    private static readonly Gazetteer Places = Gazetteer.LoadBundled();

    [Fact]
    public void ShuffledArrivalMovesBCubedF1ByLessThanOneHundredth()
    {
        var extractor = new ClaimExtractor(Places);
        var corpus = new SyntheticCorpus(Places, seed: 11).Generate(3000)
            .Select(item => (item.Gold, Claims: ClaimProfile.OfReport(item.Report, extractor.Extract(item.Report).Claims)))
            .ToList();
        var gold = corpus.ToDictionary(c => c.Gold.ReportId, c => c.Gold.IncidentId);

        var inOrder = Score(corpus.Select(c => c.Claims), gold);
        Assert.True(inOrder > 0.7, $"B-cubed F1 {inOrder:0.000} in generated order");
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            var shuffled = Score(corpus.Select(c => c.Claims).OrderBy(_ => random.Next()), gold);
            Assert.True(Math.Abs(shuffled - inOrder) < 0.01, $"shuffle {seed}: B-cubed F1 {shuffled:0.000} against {inOrder:0.000}");
        }
    }

    private static double Score(IEnumerable<List<ClaimProfile>> reports, Dictionary<string, string> gold)
    {
        var clusterer = new IncrementalClusterer(new IncidentAssigner(new MatchScorer(new MatchWeights())));
        foreach (var claims in reports)
        {
            clusterer.AddReport(claims);
        }
        return ClusterMetrics.Evaluate(gold, clusterer.IncidentOfReport()).BCubed.F1;
    }
}
