using System.Collections.Concurrent;

namespace Corroboration.Core.Matching;

/// <summary>
/// Document frequencies of the terms seen so far, for inverse-document-frequency weighting of
/// text similarity: "airstrike" in every report says little, a village's name says a lot.
/// Grows as reports arrive (as a search index does), so it needs no corpus prepared in advance.
/// </summary>
/// <remarks>
/// Every term gets a number once, and a vector compared often (an incident's, against claim after
/// claim) is kept as numbers (<see cref="TermIds"/>): a comparison then reads counts from an array
/// and matches terms by number instead of hashing strings. The sums are taken term by term in the
/// vector's own order, as the plain formulas do, so the cosines are the same to the last bit.
/// </remarks>
public sealed class TermRarity
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Lock counting = new();
    private int[] frequencies = new int[1024];
    private int nextId;
    private int documents;
    private int generation; // moves on with every count or take-back: what a kept norm is valid for

    public int Documents => documents;

    /// <summary>Counts one document's terms.</summary>
    public void Observe(TermVector document)
    {
        lock (counting)
        {
            Interlocked.Increment(ref documents);
            Interlocked.Increment(ref generation);
            foreach (var term in document.Arrays.Words)
            {
                var id = Id(term);
                if (id >= frequencies.Length)
                {
                    var grown = new int[Math.Max(id + 1, frequencies.Length * 2)];
                    frequencies.CopyTo(grown);
                    Volatile.Write(ref frequencies, grown);
                }
                frequencies[id]++;
            }
        }
    }

    /// <summary>Takes back one <see cref="Observe"/> of the document (its linking was rolled back).</summary>
    public void Forget(TermVector document)
    {
        lock (counting)
        {
            Interlocked.Decrement(ref documents);
            Interlocked.Increment(ref generation);
            foreach (var term in document.Arrays.Words)
            {
                frequencies[Id(term)]--;
            }
        }
    }

    public int Frequency(string term) => ids.TryGetValue(term, out var id) ? FrequencyOf(id) : 0;

    /// <summary>Smoothed IDF: ln((N + 1) / (df + 1)) + 1, never below 1, so unseen terms weigh most.</summary>
    public double Idf(string term) => IdfOf(Frequency(term));

    /// <summary>
    /// Cosine of the two vectors with every term weighted by its IDF. <paramref name="a"/> is the
    /// one compared with many in a row (a claim with its fifty candidates): its numbers and norm
    /// are worked out once per run of comparisons (per thread). <paramref name="b"/> is the one
    /// compared again and again (an incident's): its numbers are kept with it.
    /// </summary>
    public double Cosine(TermVector a, TermVector b)
    {
        var (first, second) = (Last(a), Kept(b));
        var (small, large) = a.Arrays.Count <= b.Arrays.Count ? (first, second) : (second, first);
        Span<int> matches = stackalloc int[small.Count];
        small.Match(large, matches);
        var dot = 0.0;
        for (var i = 0; i < small.Count; i++)
        {
            if (matches[i] >= 0)
            {
                var idf = IdfOf(FrequencyOf(small.Ids[i]));
                dot += small.Weights[i] * large.Weights[matches[i]] * idf * idf;
            }
        }
        return dot == 0 ? 0 : dot / (Norm(first) * Norm(second));
    }

    [ThreadStatic]
    private static (TermVector? Vector, TermIds? Ids) last;

    private TermIds Last(TermVector vector)
    {
        if (ReferenceEquals(last.Vector, vector) && ReferenceEquals(last.Ids!.Owner, this))
        {
            return last.Ids;
        }
        // A claim's numbers are needed only while it is compared: the arrays serve the next claim.
        if (last.Ids is { } reused && ReferenceEquals(reused.Owner, this))
        {
            reused.Renumber(vector);
        }
        else
        {
            reused = new TermIds(vector, this);
        }
        last = (vector, reused);
        return reused;
    }

    private TermIds Kept(TermVector vector)
    {
        if (vector.Numbered is not { } numbered || !ReferenceEquals(numbered.Owner, this))
        {
            vector.Numbered = numbered = new TermIds(vector, this);
        }
        return numbered;
    }

    /// <summary>The IDF-weighted length, kept until the next document is counted or taken back.</summary>
    private double Norm(TermIds vector)
    {
        var count = generation;
        if (vector.NormAt is { } kept && kept.Generation == count)
        {
            return kept.Norm;
        }
        var sum = 0.0;
        for (var i = 0; i < vector.Count; i++)
        {
            var idf = IdfOf(FrequencyOf(vector.Ids[i]));
            sum += vector.Weights[i] * vector.Weights[i] * idf * idf;
        }
        var norm = Math.Sqrt(sum);
        vector.NormAt = new(count, norm);
        return norm;
    }

    // A static factory with the rarity as its argument: a lambda capturing this would be a new delegate on every call.
    internal int Id(string term) => ids.GetOrAdd(term, static (_, rarity) => Interlocked.Increment(ref rarity.nextId) - 1, this);

    private int FrequencyOf(int id)
    {
        var counts = Volatile.Read(ref frequencies);
        return id < counts.Length ? counts[id] : 0;
    }

    private double IdfOf(int frequency) => Math.Log((documents + 1.0) / (frequency + 1.0)) + 1;
}
