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
    private readonly BlockingIndex index = new();
    // Profiles by number (inc-000042 is 42): fifty candidates a claim are looked up, and an array needs no hashing of ids.
    private IncidentProfile?[] profileOf = new IncidentProfile?[1024];
    // Its summary's running counts, from an incident's sixteenth member: a smaller one is counted
    // afresh for little, and counts kept for the many small ones would cost memory.
    private RunningSummary?[] summaryOf = new RunningSummary?[1024];
    private const int RunningSummaryFrom = 16;
    private readonly IncidentAssigner assigner;
    private readonly int maxCandidates;
    private int nextId;
    private readonly CandidateList candidates = new();

    public IncrementalClusterer(IncidentAssigner assigner, int maxCandidates = DefaultMaxCandidates)
    {
        (this.assigner, this.maxCandidates) = (assigner, maxCandidates);
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
    internal IEnumerable<(string Key, IEnumerable<string> Incidents)> IndexedKeys() => index.IndexedKeys();

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
        if (nextId >= profileOf.Length)
        {
            Array.Resize(ref profileOf, profileOf.Length * 2);
            Array.Resize(ref summaryOf, profileOf.Length);
        }
        return id;
    }

    private void Rejoin(string target, IEnumerable<string> neighbours)
    {
        var rejoined = assigner.Rejoined(profileOf[BlockingIndex.NumberOf(target)]!, members[target].Select(c => c.ReportId),
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

    /// <summary>Into <see cref="candidates"/>: the index's candidates for the claim, less the report's own.</summary>
    private void FindCandidates(IReadOnlyList<string> keys, List<string> own)
    {
        candidates.Clear();
        foreach (var number in index.Candidates(keys, maxCandidates))
        {
            var id = index.IdOf(number);
            if (!own.Contains(id))
            {
                candidates.Add(id, profileOf[number]!);
            }
        }
    }

    /// <summary>Summarises the incident again and moves it to its new keys.</summary>
    private void Refresh(string id)
    {
        var (list, number) = (members[id], BlockingIndex.NumberOf(id));
        var running = summaryOf[number] = list.Count >= RunningSummaryFrom ? summaryOf[number] ?? new RunningSummary() : null;
        var profile = IncidentProfile.Build(list, running);
        profileOf[number] = profile;
        index.Set(id, BlockingKeys.ForIncident(profile));
    }

    private void Remove(string id)
    {
        index.Remove(id);
        members.Remove(id);
        var number = BlockingIndex.NumberOf(id);
        (profileOf[number], summaryOf[number]) = (null, null);
    }
}
