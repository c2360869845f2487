namespace Corroboration.Core.Matching.Clustering;

/// <summary>
/// The incidents (by number) indexed under one blocking key, with the key's string: every
/// incident holding the key keeps that one string. A plain array rather than a hash set, since
/// reading these lists is most of what finding candidates does (a claim reads two thousand
/// numbers from them); removing scans, which happens only for a key an incident lost.
/// </summary>
internal sealed class KeyHolders(string key)
{
    private int[] numbers = new int[2];

    public string Key { get; } = key;

    public int Count { get; private set; }

    /// <summary>Scratch for the clusterer while it moves one incident to new keys.</summary>
    public long Mark { get; set; }

    public ReadOnlySpan<int> Numbers => numbers.AsSpan(0, Count);

    /// <summary>Adds an incident that does not hold the key yet.</summary>
    public void Add(int number)
    {
        if (Count == numbers.Length)
        {
            Array.Resize(ref numbers, numbers.Length * 2);
        }
        numbers[Count++] = number;
    }

    /// <summary>Removes the incident, the last one taking its place (the order of a key's incidents means nothing).</summary>
    public void Remove(int number)
    {
        var at = Numbers.IndexOf(number);
        if (at >= 0)
        {
            numbers[at] = numbers[--Count];
        }
    }
}
