using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>
/// An incident's centroid as its definition gives it, written plainly as the oracle the
/// clusterer's running and fresh centroids are checked against, to the last bit.
/// </summary>
internal static class CentroidDefinition
{
    /// <summary>The vectors' weights summed term by term in their order, heaviest first then by spelling, the first 80, not yet normalized.</summary>
    public static List<KeyValuePair<string, double>> HeaviestSums(IEnumerable<TermVector> vectors)
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, weight) in vectors.SelectMany(v => v.Weights))
        {
            sums[term] = sums.GetValueOrDefault(term) + weight;
        }
        return sums.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(TermVector.MaxTerms).ToList();
    }

    /// <summary>The centroid: <see cref="HeaviestSums"/> normalized.</summary>
    public static TermVector Of(IEnumerable<TermVector> vectors)
    {
        var kept = HeaviestSums(vectors);
        var norm = Math.Sqrt(kept.Sum(kv => kv.Value * kv.Value));
        return new TermVector(kept.ToDictionary(kv => kv.Key, kv => kv.Value / norm, StringComparer.Ordinal));
    }
}
