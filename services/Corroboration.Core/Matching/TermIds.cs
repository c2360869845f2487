namespace Corroboration.Core.Matching;

/// <summary>
/// A term vector as <see cref="TermRarity"/> numbers its terms: ids and weights in the vector's
/// own order, and the same sorted by id so that two vectors' shared terms are found by one merge.
/// </summary>
internal sealed class TermIds
{
    public TermIds(TermVector vector, TermRarity owner)
    {
        Owner = owner;
        Number(vector);
    }

    /// <summary>The rarity whose numbers these are.</summary>
    public TermRarity Owner { get; }

    public int Count { get; private set; }

    /// <summary>Of the first <see cref="Count"/>, the ids; the arrays may be longer, when reused for a shorter vector.</summary>
    public int[] Ids { get; private set; } = [];

    public double[] Weights { get; private set; } = [];

    public long[] ByIds { get; private set; } = [];

    /// <summary>Numbers another vector in the same arrays, when they are long enough: for a vector compared in one run only.</summary>
    public void Renumber(TermVector vector)
    {
        NormAt = null;
        Number(vector);
    }

    private void Number(TermVector vector)
    {
        var terms = vector.Arrays.Words;
        Count = terms.Length;
        Weights = vector.Arrays.Weights; // the vector's own array: never written
        if (Ids.Length < Count)
        {
            (Ids, ByIds) = (new int[Count], new long[Count]);
        }
        // Id in the high bits, position in the low: sorting sorts by id and keeps the position.
        for (var i = 0; i < Count; i++)
        {
            Ids[i] = Owner.Id(terms[i]);
            ByIds[i] = (long)Ids[i] << 32 | (uint)i;
        }
        ByIds.AsSpan(0, Count).Sort();
    }

    /// <summary>The IDF-weighted norm and the document count it was worked out at.</summary>
    public NormAtCount? NormAt { get; set; }

    /// <summary>For each of this vector's terms, its position in <paramref name="other"/>, or −1.</summary>
    public void Match(TermIds other, Span<int> matches)
    {
        matches.Fill(-1);
        var mine = ByIds.AsSpan(0, Count);
        var theirs = other.ByIds.AsSpan(0, other.Count);
        for (int i = 0, j = 0; i < mine.Length && j < theirs.Length;)
        {
            var (a, b) = (mine[i] >> 32, theirs[j] >> 32);
            if (a == b)
            {
                matches[(int)mine[i]] = (int)theirs[j];
                i++;
                j++;
            }
            else if (a < b)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    public sealed record NormAtCount(int Generation, double Norm);
}
