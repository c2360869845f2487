namespace Corroboration.Core.Matching.Clustering;

/// <summary>
/// The blocking index held in memory: the incidents holding each key, each incident's keys, and
/// a claim's candidates ranked as the service's index query ranks them (see
/// <see cref="StrongestCandidates"/>). Incidents go by their numbers (inc-000042 is 42), so that
/// counting shared keys indexes arrays rather than hashing ids.
/// </summary>
public sealed class BlockingIndex
{
    private const string IdPrefix = "inc-";

    // Each incident's keys as the index's own lists, so that moving it to new keys hashes no key it keeps.
    private readonly Dictionary<string, KeyHolders[]> keysOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KeyHolders> index = new(StringComparer.Ordinal);
    private string?[] idOf = new string?[1024];
    private long refreshes;
    private readonly StrongestCandidates strongest;

    // Reused for every claim, so that looking for candidates allocates nothing once warm.
    private int[] agreeing = new int[1024];
    private int[] agreements = new int[1024];
    private readonly List<int> chosen = [];

    public BlockingIndex()
    {
        strongest = new StrongestCandidates((a, b) => string.CompareOrdinal(idOf[a], idOf[b]));
    }

    /// <summary>The number of an incident id (inc-000042 is 42).</summary>
    public static int NumberOf(string id) =>
        id.StartsWith(IdPrefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(IdPrefix.Length), out var number) && number > 0
            ? number : throw new ArgumentException($"'{id}' is not an incident id", nameof(id));

    /// <summary>The id of the incident with this number.</summary>
    public string IdOf(int number) => idOf[number]!;

    /// <summary>Each indexed key with the incidents it lists: for tests that the index follows the incidents.</summary>
    internal IEnumerable<(string Key, IEnumerable<string> Incidents)> IndexedKeys() =>
        index.Values.Select(holders => (holders.Key, holders.Numbers.ToArray().Select(IdOf)));

    /// <summary>
    /// The numbers of the <paramref name="count"/> incidents agreeing with the claim's keys on most
    /// kinds of blocking key, then most keys, the earlier id first among equals (not in rank
    /// order); valid until the next call.
    /// </summary>
    public IReadOnlyList<int> Candidates(IReadOnlyList<string> keys, int count)
    {
        var agreeingCount = 0;
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var holders) && holders.Count <= BlockingKeys.MaxIncidentsPerKey)
            {
                var kind = BlockingKeys.KindBit(key) << StrongestCandidates.KindShift;
                foreach (var number in holders.Numbers)
                {
                    ref var agreement = ref agreements[number];
                    // Written every time, counted only the first: no branch to mispredict on the hottest loop.
                    agreeing[agreeingCount] = number;
                    agreeingCount += agreement == 0 ? 1 : 0;
                    agreement = (agreement + 1) | kind;
                }
            }
        }
        var agreed = agreeing.AsSpan(0, agreeingCount);
        strongest.Choose(agreed, agreements, keys.Count, count, chosen);
        foreach (var number in agreed)
        {
            agreements[number] = 0;
        }
        return chosen;
    }

    /// <summary>
    /// Lists the incident under these keys, and under no others: a grown incident keeps most of
    /// its keys, so only the ones it gained are added and only the ones it lost removed.
    /// </summary>
    public void Set(string id, IReadOnlyList<string> keys)
    {
        var number = NumberOf(id);
        Grow(number);
        idOf[number] = id;
        var before = keysOf.GetValueOrDefault(id) ?? [];
        // Marks rather than searches: a list marked "was held" and not "is held" is one the incident lost.
        var (wasHeld, isHeld) = (++refreshes, ++refreshes);
        foreach (var holders in before)
        {
            holders.Mark = wasHeld;
        }
        var held = new KeyHolders[keys.Count];
        for (var i = 0; i < held.Length; i++)
        {
            // Keys come in a fixed order (days, places, words, bands) and mostly stay in their
            // places, counted from the start or, past a place gained or lost, from the end: the
            // list held there before is this key's, found without hashing it in the index.
            var holders = HeldBefore(before, i, keys[i]) ?? HeldBefore(before, i + before.Length - held.Length, keys[i]);
            if (holders is null && !index.TryGetValue(keys[i], out holders))
            {
                index[keys[i]] = holders = new KeyHolders(keys[i]);
            }
            if (holders.Mark != wasHeld && holders.Mark != isHeld)
            {
                holders.Add(number);
            }
            holders.Mark = isHeld;
            held[i] = holders;
        }
        Unindex(number, before.Where(holders => holders.Mark == wasHeld));
        keysOf[id] = held;
    }

    /// <summary>Takes the incident out of the index.</summary>
    public void Remove(string id)
    {
        if (keysOf.Remove(id, out var keys))
        {
            Unindex(NumberOf(id), keys);
        }
    }

    private void Grow(int number)
    {
        if (number >= agreements.Length)
        {
            var length = Math.Max(number + 1, agreements.Length * 2);
            Array.Resize(ref agreements, length);
            Array.Resize(ref agreeing, length);
            Array.Resize(ref idOf, length);
        }
    }

    private static KeyHolders? HeldBefore(KeyHolders[] before, int at, string key) =>
        at >= 0 && at < before.Length && before[at].Key == key ? before[at] : null;

    private void Unindex(int number, IEnumerable<KeyHolders> lists)
    {
        foreach (var holders in lists)
        {
            holders.Remove(number);
            if (holders.Count == 0)
            {
                index.Remove(holders.Key);
            }
        }
    }
}
