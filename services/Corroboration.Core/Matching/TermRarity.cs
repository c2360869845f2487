using System.Collections.Concurrent;

namespace Corroboration.Core.Matching;

/// <summary>
/// Document frequencies of the terms seen so far, for inverse-document-frequency weighting of
/// text similarity: "airstrike" in every report says little, a village's name says a lot.
/// Grows as reports arrive (as a search index does), so it needs no corpus prepared in advance.
/// </summary>
public sealed class TermRarity
{
    private readonly ConcurrentDictionary<string, int> frequencies = new(StringComparer.Ordinal);
    private int documents;

    public int Documents => documents;

    /// <summary>Counts one document's terms.</summary>
    public void Observe(TermVector document)
    {
        Interlocked.Increment(ref documents);
        foreach (var term in document.Weights.Keys)
        {
            frequencies.AddOrUpdate(term, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Takes back one <see cref="Observe"/> of the document (its linking was rolled back).</summary>
    public void Forget(TermVector document)
    {
        Interlocked.Decrement(ref documents);
        foreach (var term in document.Weights.Keys)
        {
            frequencies.AddOrUpdate(term, 0, (_, n) => n - 1);
        }
    }

    public int Frequency(string term) => frequencies.GetValueOrDefault(term);

    /// <summary>Smoothed IDF: ln((N + 1) / (df + 1)) + 1, never below 1, so unseen terms weigh most.</summary>
    public double Idf(string term) => Math.Log((documents + 1.0) / (Frequency(term) + 1.0)) + 1;

    /// <summary>Cosine of the two vectors with every term weighted by its IDF.</summary>
    public double Cosine(TermVector a, TermVector b)
    {
        var (small, large) = a.Weights.Count <= b.Weights.Count ? (a.Weights, b.Weights) : (b.Weights, a.Weights);
        var dot = 0.0;
        foreach (var (term, weight) in small)
        {
            if (large.TryGetValue(term, out var other))
            {
                var idf = Idf(term);
                dot += weight * other * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (CachedNorm(a) * Norm(b));
    }

    // A claim is compared with fifty candidates in a row: its norm is worked out once per claim
    // (per thread, and again when the document count has moved on).
    [ThreadStatic]
    private static (TermVector? Vector, TermRarity? Owner, int Documents, double Norm) last;

    private double CachedNorm(TermVector vector)
    {
        if (!ReferenceEquals(last.Vector, vector) || !ReferenceEquals(last.Owner, this) || last.Documents != documents)
        {
            last = (vector, this, documents, Norm(vector));
        }
        return last.Norm;
    }

    private double Norm(TermVector vector)
    {
        var sum = 0.0;
        foreach (var (term, weight) in vector.Weights)
        {
            var idf = Idf(term);
            sum += weight * weight * idf * idf;
        }
        return Math.Sqrt(sum);
    }
}
