using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Corroboration.Core.Text;

namespace Corroboration.Core.Matching;

/// <summary>
/// A MinHash of a set of terms and its LSH band keys, for blocking: two sets share a band key with a
/// probability that rises steeply with their Jaccard similarity, so reports worded alike find each
/// other whatever their heaviest words, and unrelated ones rarely meet.
/// </summary>
/// <remarks>
/// Each term is hashed once, XxHash3 of its UTF-8, so keys are the same in every process and on every
/// machine. The <see cref="HashCount"/> hash functions are a 32-bit finalizer over that hash xor a
/// fixed seed each, computed a vector of lanes at a time; lanes are independent, so the result does
/// not depend on the vector width.
///
/// <see cref="Bands"/> = 20 of <see cref="RowsPerBand"/> = 2; P(some key shared) = 1 − (1 − J²)²⁰:
/// J 0.05 → 0.049 · 0.10 → 0.18 · 0.20 → 0.56 · 0.30 → 0.85 · 0.40 → 0.97 · 0.50 → 0.997.
/// Few keys on purpose: every incident stores its keys in the index table and rewrites them on
/// each update (85 bands of 3 would sharpen the curve, 0.90 at 0.30 and 0.011 at 0.05, at 4× the rows).
/// </remarks>
public sealed class MinHashSignature
{
    public const int Bands = 20;
    public const int RowsPerBand = 2;

    /// <summary>The bands use 40 of these; a multiple of 16 makes a whole number of vectors for any width.</summary>
    public const int HashCount = 48;

    /// <summary>Fewer distinct terms than this are too little to go on: no band keys.</summary>
    public const int MinTerms = 3;

    private const int StackTerms = 128;
    private const int StackBytes = 256;

    private static readonly uint[] Seeds = MakeSeeds();
    private static readonly string[] BandPrefixes =
        Enumerable.Range(0, Bands).Select(band => string.Create(CultureInfo.InvariantCulture, $"m:{band}:")).ToArray();

    private readonly uint[] minima;

    private MinHashSignature(uint[] minima, int termCount)
    {
        this.minima = minima;
        TermCount = termCount;
    }

    /// <summary>Distinct terms signed.</summary>
    public int TermCount { get; }

    /// <summary>The minimum of each hash function over the terms.</summary>
    public ReadOnlySpan<uint> Minima => minima;

    public static MinHashSignature Of(IEnumerable<string> terms)
    {
        var minima = new uint[HashCount];
        var count = Sign(terms, minima);
        return new MinHashSignature(minima, count);
    }

    /// <summary>The band keys of a set of terms, without keeping its signature; none for a set too small.</summary>
    public static IReadOnlyList<string> BandKeys(IEnumerable<string> terms)
    {
        Span<uint> minima = stackalloc uint[HashCount];
        return Sign(terms, minima) < MinTerms ? [] : Keys(minima);
    }

    public IReadOnlyList<string> BandKeys() => TermCount < MinTerms ? [] : Keys(minima);

    /// <summary>The share of hash functions whose minima agree: an unbiased estimate of the Jaccard similarity.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        if (TermCount == 0 || other.TermCount == 0)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < HashCount; i++)
        {
            if (minima[i] == other.minima[i])
            {
                same++;
            }
        }
        return (double)same / HashCount;
    }

    /// <summary>
    /// The word n-grams of a text. Signing these instead of a term vector's words compares wording
    /// rather than vocabulary: it finds copies and rewrites of one text, not two outlets' own accounts.
    /// </summary>
    public static IEnumerable<string> WordShingles(string text, int width = 3) =>
        WordShingles(Tokenizer.NormalizedWords(text).ToArray(), width);

    /// <summary>The word n-grams of a text already split into normalized words.</summary>
    public static IEnumerable<string> WordShingles(string[] words, int width = 3)
    {
        var (count, wordsEach) = Shingling(words.Length, width);
        return Enumerable.Range(0, count).Select(i => string.Join(' ', words, i, wordsEach));
    }

    /// <summary>How many n-grams a text of <paramref name="words"/> words has, and of how many words each: a text shorter than one n-gram is one.</summary>
    private static (int Count, int WordsEach) Shingling(int words, int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        return words < width ? (Math.Min(words, 1), words) : (words - width + 1, width);
    }

    /// <summary>
    /// The signature of the words' n-grams (<see cref="WordShingles"/>), each hashed as its joined
    /// string would be, without making the strings: a report has hundreds of them.
    /// </summary>
    public static MinHashSignature OfShingles(string[] words, int width = 3)
    {
        var (count, wordsEach) = Shingling(words.Length, width);
        ulong[]? rented = null;
        var hashes = count <= StackTerms ? stackalloc ulong[StackTerms] : (rented = ArrayPool<ulong>.Shared.Rent(count));
        try
        {
            for (var i = 0; i < count; i++)
            {
                hashes[i] = JoinedHash(words.AsSpan(i, wordsEach));
            }
            var minima = new uint[HashCount];
            return new MinHashSignature(minima, Signed(hashes[..count], minima));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Fills <paramref name="minima"/> with the signature of the terms; returns how many distinct terms there were.</summary>
    private static int Sign(IEnumerable<string> terms, Span<uint> minima)
    {
        Span<ulong> hashes = stackalloc ulong[StackTerms];
        ulong[]? rented = null;
        try
        {
            var count = 0;
            foreach (var term in terms)
            {
                if (count == hashes.Length)
                {
                    var larger = ArrayPool<ulong>.Shared.Rent(count * 2);
                    hashes.CopyTo(larger);
                    if (rented is not null)
                    {
                        ArrayPool<ulong>.Shared.Return(rented);
                    }
                    rented = larger;
                    hashes = larger;
                }
                hashes[count++] = TermHash(term);
            }
            return Signed(hashes[..count], minima);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    private static int Signed(Span<ulong> hashes, Span<uint> minima)
    {
        var distinct = Distinct(hashes);
        Minimize(distinct, minima);
        return distinct.Length;
    }

    private static ReadOnlySpan<ulong> Distinct(Span<ulong> hashes)
    {
        if (hashes.Length < 2)
        {
            return hashes;
        }
        hashes.Sort();
        var kept = 1;
        for (var i = 1; i < hashes.Length; i++)
        {
            if (hashes[i] != hashes[kept - 1])
            {
                hashes[kept++] = hashes[i];
            }
        }
        return hashes[..kept];
    }

    private static void Minimize(ReadOnlySpan<ulong> hashes, Span<uint> minima)
    {
        var seeds = MemoryMarshal.Cast<uint, Vector<uint>>(Seeds);
        var mins = MemoryMarshal.Cast<uint, Vector<uint>>(minima);
        for (var v = 0; v < seeds.Length; v++)
        {
            var seed = seeds[v];
            var min = new Vector<uint>(uint.MaxValue);
            foreach (var hash in hashes)
            {
                min = Vector.Min(min, Mix(new Vector<uint>((uint)(hash ^ (hash >> 32))) ^ seed));
            }
            mins[v] = min;
        }
    }

    /// <summary>MurmurHash3's 32-bit finalizer, lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> Mix(Vector<uint> x)
    {
        x ^= Vector.ShiftRightLogical(x, 16);
        x *= new Vector<uint>(0x85EBCA6Bu);
        x ^= Vector.ShiftRightLogical(x, 13);
        x *= new Vector<uint>(0xC2B2AE35u);
        x ^= Vector.ShiftRightLogical(x, 16);
        return x;
    }

    private static ulong TermHash(string term) => JoinedHash(new ReadOnlySpan<string>(in term));

    /// <summary>XxHash3 of the words' UTF-8 joined by spaces: of one word, its UTF-8.</summary>
    private static ulong JoinedHash(ReadOnlySpan<string> words)
    {
        var maxBytes = JoinedUtf8.MaxByteCount(words);
        byte[]? rented = null;
        var buffer = maxBytes <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            return XxHash3.HashToUInt64(buffer[..JoinedUtf8.Write(words, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static List<string> Keys(ReadOnlySpan<uint> minima)
    {
        var keys = new List<string>(Bands);
        Span<byte> rows = stackalloc byte[RowsPerBand * sizeof(uint)];
        for (var band = 0; band < Bands; band++)
        {
            for (var row = 0; row < RowsPerBand; row++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(rows[(row * sizeof(uint))..], minima[band * RowsPerBand + row]);
            }
            var prefix = BandPrefixes[band];
            keys.Add(string.Create(prefix.Length + 16, (prefix, XxHash3.HashToUInt64(rows)), static (key, state) =>
            {
                state.prefix.CopyTo(key);
                // The hash in 16 lowercase hex digits, most significant first (as "x16" writes it, without its slow path).
                Span<byte> bigEndian = stackalloc byte[sizeof(ulong)];
                BinaryPrimitives.WriteUInt64BigEndian(bigEndian, state.Item2);
                Convert.TryToHexStringLower(bigEndian, key[state.prefix.Length..], out _);
            }));
        }
        return keys;
    }

    /// <summary>SplitMix64 from a fixed start: the seeds, and so every key, are part of the format.</summary>
    private static uint[] MakeSeeds()
    {
        var seeds = new uint[HashCount];
        var state = 0x436F72726F626F72UL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            seeds[i] = (uint)(z ^ (z >> 31));
        }
        return seeds;
    }
}
