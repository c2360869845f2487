using System.Runtime.CompilerServices;
using Corroboration.Core.Text;

namespace Corroboration.Core.Matching;

/// <summary>
/// A bag of content words with unit length, compared by cosine. Kept to the heaviest terms so
/// that a profile stays small however many reports an incident gathers.
/// </summary>
public sealed record TermVector
{
    public const int MaxTerms = 80;

    /// <summary>A vector of these weights, in their order (as read back from JSON; its words then shared, see <see cref="TermPool"/>).</summary>
    public TermVector(IReadOnlyDictionary<string, double> weights)
        : this(weights as TermWeights ?? new TermWeights([.. weights.Keys.Select(word => TermPool.Shared(word))], [.. weights.Values]))
    {
    }

    private TermVector(TermWeights weights)
    {
        Arrays = weights;
        script = ScriptOf(weights.Words);
    }

    /// <summary>The words and their weights, in the vector's order: what is stored as JSON.</summary>
    public IReadOnlyDictionary<string, double> Weights => Arrays;

    /// <summary>The same words and weights, as arrays, for the loops that compare and sum vectors.</summary>
    internal TermWeights Arrays { get; }

    // Asked of every claim against every candidate and of every member on every refresh: once per vector.
    private readonly string script;

    /// <summary>The vector as a <see cref="TermRarity"/> numbers its terms, kept by the rarity that last compared it.</summary>
    internal TermIds? Numbered { get; set; }

    /// <summary>Equal when the weights are the same arrays, as before there was anything cached (<see cref="Numbered"/>).</summary>
    public bool Equals(TermVector? other) =>
        other is not null && ReferenceEquals(Arrays, other.Arrays);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Arrays);

    public static TermVector Empty { get; } = new(TermWeights.Empty);

    public static TermVector FromText(string text) => FromWords(Tokenizer.NormalizedWords(text));

    /// <summary>
    /// A report's vector: its title's words, then its body's as <see cref="Tokenizer.NormalizedWords"/>
    /// gives them — the same as the vector of title and body joined by a line break, for a caller
    /// that has split the body already.
    /// </summary>
    public static TermVector OfReport(string? title, IEnumerable<string> bodyWords) =>
        FromWords(Tokenizer.NormalizedWords(title ?? "").Concat(bodyWords));

    /// <summary>The vector of normalized words, in text order.</summary>
    public static TermVector FromWords(IEnumerable<string> words)
    {
        // Tables per thread, emptied after use: every report is counted once, and these were most
        // of what counting one allocated.
        var counts = wordCounts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        try
        {
            foreach (var word in words)
            {
                if (word.Length < 3 || StopWords.Contains(word) || AllDigits(word))
                {
                    continue;
                }
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, word, out _)++;
            }
            return Normalized(MostFrequent(counts));
        }
        finally
        {
            if (counts.Count > MaxKeptSum)
            {
                (wordCounts, rankedWords, rankKeys) = (null, null, null); // emptying tables sized for the longest text would cost every short one after it
            }
            else
            {
                counts.Clear();
            }
        }
    }

    /// <summary>
    /// The <see cref="MaxTerms"/> most frequent words with their sub-linear frequencies, so one
    /// repeated word does not dominate. Of words as frequent as each other, the earlier are kept
    /// (the title and the lead say what the story is about): ranked by count, then by first sight
    /// (the table's order), both in one number so that a plain sort of numbers ranks them.
    /// </summary>
    private static List<KeyValuePair<string, double>> MostFrequent(Dictionary<string, int> counts)
    {
        if (rankedWords is null || rankKeys is null || rankKeys.Length < counts.Count)
        {
            rankedWords = new string[Math.Max(counts.Count, 256)];
            rankKeys = new long[rankedWords.Length];
        }
        var seenWords = rankedWords;
        var ranked = rankKeys.AsSpan(0, counts.Count);
        var seen = 0;
        foreach (var (word, count) in counts)
        {
            seenWords[seen] = word;
            ranked[seen] = (long)(int.MaxValue - count) << 32 | (uint)seen;
            seen++;
        }
        ranked.Sort();
        // The kept terms' strings are the pool's, shared with every other vector holding them.
        var keep = Math.Min(MaxTerms, ranked.Length);
        var kept = new List<KeyValuePair<string, double>>(keep);
        for (var i = 0; i < keep; i++)
        {
            var (at, count) = ((int)ranked[i], int.MaxValue - (int)(ranked[i] >> 32));
            kept.Add(KeyValuePair.Create(TermPool.Shared(seenWords[at]), 1 + Math.Log(count)));
        }
        Array.Clear(seenWords, 0, seen);
        return kept;
    }

    private static bool AllDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    [ThreadStatic]
    private static Dictionary<string, int>? wordCounts;
    [ThreadStatic]
    private static string[]? rankedWords;
    [ThreadStatic]
    private static long[]? rankKeys;

    /// <summary>Adds the vector's weights to the sums, term by term in its order.</summary>
    internal static void AddTo(Dictionary<string, double> sum, TermVector vector)
    {
        var (terms, weights) = (vector.Arrays.Words, vector.Arrays.Weights);
        for (var i = 0; i < terms.Length; i++)
        {
            ref var total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sum, terms[i], out _);
            total += weights[i];
        }
    }

    /// <summary>A table of more words than this is let go rather than emptied for reuse.</summary>
    internal const int MaxKeptSum = 4096;

    /// <summary>
    /// "ar" when most terms are in Arabic script, else "latin": words of two scripts never
    /// overlap, so texts are compared only within one script.
    /// </summary>
    public string Script => script;

    public double Cosine(TermVector other)
    {
        var (small, large) = Arrays.Count <= other.Arrays.Count ? (Arrays, other.Arrays) : (other.Arrays, Arrays);
        var dot = 0.0;
        for (var i = 0; i < small.Count; i++)
        {
            if (large.TryGetValue(small.Words[i], out var otherWeight))
            {
                dot += small.Weights[i] * otherWeight;
            }
        }
        return dot;
    }

    /// <summary>The <paramref name="count"/> heaviest terms, heaviest first, ties by spelling.</summary>
    public IEnumerable<string> TopTerms(int count) => Heaviest(Weights, count).Select(kv => kv.Key);

    private static string ScriptOf(string[] terms)
    {
        var arabic = 0;
        foreach (var term in terms)
        {
            if (term.Length > 0 && term[0] is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
            }
        }
        return arabic * 2 > terms.Length ? "ar" : "latin";
    }

    /// <summary>The normalized vector of the heaviest summed terms.</summary>
    internal static TermVector FromWeights(Dictionary<string, double> weights) => Normalized(Heaviest(weights, MaxTerms));

    /// <summary>Heaviest first, then by spelling: a total order, since no two terms are spelt alike.</summary>
    private static readonly Comparer<KeyValuePair<string, double>> HeaviestFirst = Comparer<KeyValuePair<string, double>>.Create(
        (a, b) => b.Value.CompareTo(a.Value) is var byWeight and not 0 ? byWeight : string.CompareOrdinal(a.Key, b.Key));

    private static readonly Comparer<KeyValuePair<string, double>> LightestFirst = Comparer<KeyValuePair<string, double>>.Create(
        (a, b) => HeaviestFirst.Compare(b, a));

    /// <summary>
    /// The <paramref name="count"/> heaviest terms in <see cref="HeaviestFirst"/> order: a centroid
    /// sums thousands of terms to keep eighty, so a bounded heap picks them rather than a sort of all.
    /// </summary>
    private static List<KeyValuePair<string, double>> Heaviest(IEnumerable<KeyValuePair<string, double>> weights, int count)
    {
        if (count <= 0)
        {
            return [];
        }
        // One queue per thread, emptied for each use: an incident's centroid is picked again on every claim it gains.
        var kept = heaviestQueue ??= new PriorityQueue<KeyValuePair<string, double>, KeyValuePair<string, double>>(MaxTerms + 1, LightestFirst);
        kept.Clear();
        if (weights is Dictionary<string, double> sums)
        {
            foreach (var term in sums) // the table's own enumerator, not one behind an interface
            {
                Offer(kept, term, count);
            }
        }
        else
        {
            foreach (var term in weights)
            {
                Offer(kept, term, count);
            }
        }
        var heaviest = new List<KeyValuePair<string, double>>(kept.Count);
        foreach (var (term, _) in kept.UnorderedItems)
        {
            heaviest.Add(term);
        }
        SortHeaviestFirst(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(heaviest));
        return heaviest;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Offer(PriorityQueue<KeyValuePair<string, double>, KeyValuePair<string, double>> kept, KeyValuePair<string, double> term, int count)
    {
        if (kept.Count < count)
        {
            kept.Enqueue(term, term);
        }
        // Once the queue is full most terms weigh less than the lightest kept: ruled out on the
        // numbers alone, without calling the comparer.
        else if (term.Value >= kept.Peek().Value && LightestFirst.Compare(term, kept.Peek()) > 0)
        {
            kept.DequeueEnqueue(term, term);
        }
    }

    /// <summary>
    /// Into <see cref="HeaviestFirst"/> order: sorted by the weights as plain numbers (no comparer
    /// called per comparison, which was most of picking a centroid's terms), then each run of
    /// equal weights by spelling.
    /// </summary>
    private static void SortHeaviestFirst(Span<KeyValuePair<string, double>> terms)
    {
        if (sortKeys is not { } keys || keys.Length < terms.Length)
        {
            sortKeys = keys = new double[Math.Max(terms.Length, MaxTerms)];
        }
        var lightestFirst = keys.AsSpan(0, terms.Length);
        for (var i = 0; i < terms.Length; i++)
        {
            lightestFirst[i] = -terms[i].Value;
        }
        lightestFirst.Sort(terms);
        for (var start = 0; start < terms.Length;)
        {
            var end = start + 1;
            while (end < terms.Length && lightestFirst[end] == lightestFirst[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                terms[start..end].Sort(BySpelling);
            }
            start = end;
        }
    }

    private static readonly Comparison<KeyValuePair<string, double>> BySpelling = (a, b) => string.CompareOrdinal(a.Key, b.Key);

    [ThreadStatic]
    private static double[]? sortKeys;

    [ThreadStatic]
    private static PriorityQueue<KeyValuePair<string, double>, KeyValuePair<string, double>>? heaviestQueue;

    private static TermVector Normalized(IEnumerable<KeyValuePair<string, double>> ranked)
    {
        var kept = ranked as List<KeyValuePair<string, double>> is { Count: <= MaxTerms } list ? list : ranked.Take(MaxTerms).ToList();
        var norm = Math.Sqrt(kept.Sum(kv => kv.Value * kv.Value));
        if (norm == 0)
        {
            return Empty;
        }
        var (terms, weights) = (new string[kept.Count], new double[kept.Count]);
        for (var i = 0; i < kept.Count; i++)
        {
            (terms[i], weights[i]) = (kept[i].Key, kept[i].Value / norm);
        }
        return new TermVector(new TermWeights(terms, weights));
    }
}
