using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Corroboration.Core.Synthetic;

namespace Corroboration.Core.Tests.Matching;

/// <summary>
/// Realistic claims and incidents to compare, from a small synthetic corpus (English and Arabic,
/// copies, near and far incidents): each claim against the incidents of its neighbours in arrival
/// order, so that levels, texts and weights of every kind come up.
/// </summary>
internal static class SyntheticPairs
{
    private static readonly Lazy<(List<ClaimProfile> Claims, List<IncidentProfile> Incidents)> Corpus = new(Build);

    public static IReadOnlyList<ClaimProfile> Claims => Corpus.Value.Claims;

    public static IReadOnlyList<IncidentProfile> Incidents => Corpus.Value.Incidents;

    /// <summary>Each claim with the incidents of the twenty gold incidents around its own.</summary>
    public static IEnumerable<(ClaimProfile Claim, IncidentProfile Incident)> Pairs()
    {
        var (claims, incidents) = Corpus.Value;
        for (var i = 0; i < claims.Count; i++)
        {
            var near = i * incidents.Count / claims.Count;
            for (var j = Math.Max(0, near - 10); j < Math.Min(incidents.Count, near + 10); j++)
            {
                yield return (claims[i], incidents[j]);
            }
        }
    }

    private static (List<ClaimProfile>, List<IncidentProfile>) Build()
    {
        var places = Gazetteer.LoadBundled();
        var extractor = new ClaimExtractor(places);
        var items = new SyntheticCorpus(places, seed: 5).Generate(300).ToList();
        var claims = new List<(string Incident, ClaimProfile Claim)>();
        foreach (var item in items)
        {
            claims.AddRange(ClaimProfile.OfReport(item.Report, extractor.Extract(item.Report).Claims).Select(c => (item.Gold.IncidentId, c)));
        }
        var incidents = claims.GroupBy(c => c.Incident, StringComparer.Ordinal)
            .Select(g => IncidentProfile.Build(g.Select(c => c.Claim).ToList())).ToList();
        return (claims.Select(c => c.Claim).ToList(), incidents);
    }
}
