namespace Corroboration.Core.Matching.Clustering;

/// <summary>
/// The incidents that agree with a claim most strongly: on most kinds of blocking key, then on
/// most keys, then the earlier id, as the service's index query ranks them. A claim shares a
/// word or a day with a thousand incidents and keeps fifty, so they are picked by counting how
/// many agree at each strength (a counting sort) instead of passing all through a heap; only
/// those tied at the cut are sorted, by id.
/// </summary>
internal sealed class StrongestCandidates(Comparison<int> byId)
{
    private const int KindsPossible = 5; // none to all four kinds of key

    /// <summary>
    /// An incident's agreement with the claim is one int, so that counting it reads and writes
    /// one array: the keys agreeing in the low bits, the kinds of key (bits) from here up.
    /// </summary>
    public const int KindShift = 16;

    private static int Strength(int agreement, int levels) =>
        int.PopCount(agreement >>> KindShift) * levels + (agreement & ((1 << KindShift) - 1));

    private int[] agreeingAt = new int[KindsPossible * 64];
    private readonly List<int> tied = [];

    /// <summary>
    /// Into <paramref name="chosen"/>: the <paramref name="count"/> strongest of the incidents numbered in
    /// <paramref name="agreeing"/>, whose agreements (see <see cref="KindShift"/>) are kept by
    /// number in <paramref name="agreements"/>; <paramref name="keysOfClaim"/> bounds the keys.
    /// </summary>
    public void Choose(ReadOnlySpan<int> agreeing, int[] agreements, int keysOfClaim, int count, List<int> chosen)
    {
        chosen.Clear();
        if (agreeing.Length <= count)
        {
            chosen.AddRange(agreeing);
            return;
        }
        var levels = keysOfClaim + 1;
        if (agreeingAt.Length < KindsPossible * levels)
        {
            agreeingAt = new int[KindsPossible * levels];
        }
        var strongest = 0;
        foreach (var number in agreeing)
        {
            var strength = Strength(agreements[number], levels);
            agreeingAt[strength]++;
            strongest = Math.Max(strongest, strength);
        }
        // From the strongest down, until the next strength would reach the count: that one is cut.
        var (cut, above) = (strongest, 0);
        while (above + agreeingAt[cut] < count)
        {
            above += agreeingAt[cut--];
        }
        Array.Clear(agreeingAt, 0, strongest + 1);
        var highest = 0;
        foreach (var number in agreeing)
        {
            var strength = Strength(agreements[number], levels);
            if (strength > cut)
            {
                chosen.Add(number);
            }
            else if (strength == cut)
            {
                tied.Add(number);
                highest = Math.Max(highest, number);
            }
        }
        // Ids are "inc-" and six digits up to 999,999: in that range number order is id order.
        if (highest < 1_000_000)
        {
            tied.Sort();
        }
        else
        {
            tied.Sort(byId);
        }
        chosen.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tied)[..(count - above)]);
        tied.Clear();
    }
}
