using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Corroboration.Core.Matching.Clustering;
using Corroboration.Core.Synthetic;

namespace Corroboration.Core.Tests.Matching;

/// <summary>
/// The batch clusterer moves an incident to its new blocking keys as it grows, merges and
/// absorbs others; a key left behind would draw claims to an incident that no longer matches
/// it, and one missing would hide the incident. After every report its index must list each
/// incident under exactly the keys of its current profile.
/// </summary>
public sealed class ClustererIndexTests
{
    private static readonly Gazetteer Places = Gazetteer.LoadBundled();

    [Fact]
    public void AfterEveryReportEachIncidentIsIndexedUnderExactlyItsProfilesKeys()
    {
        var extractor = new ClaimExtractor(Places);
        var clusterer = new IncrementalClusterer(new IncidentAssigner(new MatchScorer(new MatchWeights())));
        var grew = 0;
        foreach (var item in new SyntheticCorpus(Places, seed: 4).Generate(600))
        {
            clusterer.AddReport(ClaimProfile.OfReport(item.Report, extractor.Extract(item.Report).Claims));
            var indexed = clusterer.IndexedKeys()
                .SelectMany(entry => entry.Incidents.Select(incident => (entry.Key, Incident: incident)))
                .ToHashSet();
            var expected = clusterer.Incidents
                .SelectMany(incident => BlockingKeys.ForIncident(IncidentProfile.Build(incident.Value)).Select(key => (Key: key, Incident: incident.Key)))
                .ToHashSet();
            Assert.True(expected.SetEquals(indexed), $"index differs after {item.Report.Id}: {expected.Except(indexed).Count()} keys missing, {indexed.Except(expected).Count()} left behind");
            Assert.Equal(indexed.Count, clusterer.IndexedKeys().Sum(entry => entry.Incidents.Count()));
            grew = Math.Max(grew, clusterer.Incidents.Values.Max(members => members.Count));
        }
        Assert.True(grew >= 5, $"the largest incident held only {grew} claims: too little growth to test");
    }
}
