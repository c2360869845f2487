namespace Corroboration.Core.Matching.Clustering;

/// <summary>
/// The matcher's incremental clustering held in memory: the same blocking, assignment,
/// bridging and rejoining the Matching service does against its tables, for batch runs and
/// benchmarks.
/// Reports arrive one at a time; each claim joins or founds an incident.
/// </summary>
public sealed class IncrementalClusterer
{
    public const int DefaultMaxCandidates = 50;

    private readonly Dictionary<string, List<ClaimProfile>> members = new(StringComparer.Ordinal);
    // Each incident's keys as the index's own lists, so that moving it to new keys hashes no key it keeps.
    private readonly Dictionary<string, KeyHolders[]> keysOf = new(StringComparer.Ordinal);
    // Incidents by number (inc-000042 is 42) in the index, so counting shared keys indexes arrays rather than hashing ids.
    private readonly Dictionary<string, KeyHolders> index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> numberOf = new(StringComparer.Ordinal);
    private readonly List<string> idOf = [""];
    // Profiles by number too: fifty candidates a claim are looked up, and an array needs no hashing of ids.
    private IncidentProfile?[] profileOf = new IncidentProfile?[1024];
    // Its summary's running counts, from an incident's sixteenth member: a smaller one is counted
    // afresh for little, and counts kept for the many small ones would cost memory.
    private RunningSummary?[] summaryOf = new RunningSummary?[1024];
    private const int RunningSummaryFrom = 16;
    private readonly IncidentAssigner assigner;
    private readonly StrongestCandidates strongest;
    private int nextId;
    private long refreshes;

    // Reused for every claim, so that looking for candidates allocates nothing once warm.
    private int[] agreeing = new int[1024];
    private int[] agreements = new int[1024];
    private readonly List<int> chosen = [];
    private readonly CandidateList candidates = new();

    public IncrementalClusterer(IncidentAssigner assigner, int maxCandidates = DefaultMaxCandidates)
    {
        this.assigner = assigner;
        strongest = new StrongestCandidates(maxCandidates, idOf);
    }

    /// <summary>Claim-against-incident comparisons made so far.</summary>
    public long Comparisons { get; private set; }

    /// <summary>Claims clustered so far.</summary>
    public long Claims { get; private set; }

    public IReadOnlyDictionary<string, List<ClaimProfile>> Incidents => members;

    /// <summary>Each report's incident (the first by id when its claims went to several), as scoring against gold needs.</summary>
    public Dictionary<string, string> IncidentOfReport() =>
        members.SelectMany(i => i.Value.Select(claim => (claim.ReportId, Incident: i.Key)))
            .GroupBy(p => p.ReportId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Incident).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);

    /// <summary>Each indexed key with the incidents it lists: for tests that the index follows the incidents.</summary>
    internal IEnumerable<(string Key, IEnumerable<string> Incidents)> IndexedKeys() =>
        index.Values.Select(holders => (holders.Key, holders.Numbers.ToArray().Select(number => idOf[number])));

    /// <summary>
    /// Clusters the claims of one report; they never share an incident with each other.
    /// <paramref name="keys"/>, each claim's <see cref="BlockingKeys.ForClaim"/>, may be worked out
    /// beforehand on another thread: they depend on the claim alone.
    /// </summary>
    public IReadOnlyList<string> AddReport(IReadOnlyList<ClaimProfile> claims, IReadOnlyList<IReadOnlyList<string>>? keys = null)
    {
        var own = new List<string>();
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            FindCandidates(keys?[c] ?? BlockingKeys.ForClaim(claim), own);
            Comparisons += candidates.Count;
            Claims++;
            var assignment = assigner.Assign(claim, candidates, explained: false);
            var target = assignment.IncidentId ?? NewIncident();
            if (!members.TryGetValue(target, out var list))
            {
                members[target] = list = [];
            }
            list.Add(claim);
            foreach (var absorbed in assignment.Absorbed)
            {
                list.AddRange(members[absorbed]);
                Remove(absorbed);
            }
            Refresh(target);
            if (assignment.Neighbours is { Count: > 0 } neighbours)
            {
                Rejoin(target, neighbours.Where(id => members.ContainsKey(id) && !own.Contains(id)));
            }
            own.Add(target);
        }
        if (claims.Count > 0)
        {
            assigner.Scorer.Rarity.Observe(claims[0].Terms); // as the service counts a report once linked
        }
        return own;
    }

    private string NewIncident()
    {
        var id = $"inc-{++nextId:D6}";
        numberOf[id] = nextId;
        idOf.Add(id);
        if (nextId >= agreements.Length)
        {
            Array.Resize(ref agreements, agreements.Length * 2);
            Array.Resize(ref agreeing, agreements.Length);
            Array.Resize(ref profileOf, agreements.Length);
            Array.Resize(ref summaryOf, agreements.Length);
        }
        return id;
    }

    private void Rejoin(string target, IEnumerable<string> neighbours)
    {
        var rejoined = assigner.Rejoined(profileOf[numberOf[target]]!, members[target].Select(c => c.ReportId),
            neighbours.ToDictionary(id => id, id => (IReadOnlyList<ClaimProfile>)members[id], StringComparer.Ordinal));
        foreach (var id in rejoined)
        {
            members[target].AddRange(members[id]);
            Remove(id);
        }
        if (rejoined.Count > 0)
        {
            Refresh(target);
        }
    }

    /// <summary>
    /// Into <see cref="candidates"/>: the incidents agreeing with the claim's keys on most kinds
    /// of blocking key, then most keys, ranked as the service's index query ranks them, less the
    /// report's own.
    /// </summary>
    private void FindCandidates(IReadOnlyList<string> keys, List<string> own)
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
        strongest.Choose(agreed, agreements, keys.Count, chosen);
        foreach (var number in agreed)
        {
            agreements[number] = 0;
        }
        candidates.Clear();
        foreach (var number in chosen)
        {
            var id = idOf[number];
            if (!own.Contains(id))
            {
                candidates.Add(id, profileOf[number]!);
            }
        }
    }

    /// <summary>
    /// Summarises the incident again and moves it to its new keys: a grown incident keeps most of
    /// its keys, so only the ones it gained are added and only the ones it lost removed.
    /// </summary>
    private void Refresh(string id)
    {
        var (list, number) = (members[id], numberOf[id]);
        var running = summaryOf[number] = list.Count >= RunningSummaryFrom ? summaryOf[number] ?? new RunningSummary() : null;
        var profile = IncidentProfile.Build(list, running);
        profileOf[number] = profile;
        var keys = BlockingKeys.ForIncident(profile);
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

    private static KeyHolders? HeldBefore(KeyHolders[] before, int at, string key) =>
        at >= 0 && at < before.Length && before[at].Key == key ? before[at] : null;

    private void Remove(string id)
    {
        Unindex(id);
        members.Remove(id);
        (profileOf[numberOf[id]], summaryOf[numberOf[id]]) = (null, null);
        numberOf.Remove(id);
    }

    private void Unindex(string id)
    {
        if (keysOf.Remove(id, out var keys))
        {
            Unindex(numberOf[id], keys);
        }
    }

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
