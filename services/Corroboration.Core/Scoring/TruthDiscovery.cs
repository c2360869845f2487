namespace Corroboration.Core.Scoring;

/// <summary>
/// Learns how far to believe each source from the incidents it reported, in the spirit of
/// TruthFinder (Yin, Han and Yu, 2008): an incident's confidence comes from its sources'
/// reliabilities, a source's reliability from the confidence of the incidents it asserted
/// (or, for a denial, their doubt), and the two are iterated to a fixed point. Analyst verdicts
/// are facts, not estimates: a flagged incident's confidence is 1 or 0 throughout. Each source's
/// value is shrunk towards its type's prior by <see cref="PriorStrength"/> pseudo-incidents,
/// so one lucky or unlucky report moves it little. Pinned sources keep their pin.
/// </summary>
public static class TruthDiscovery
{
    /// <summary>How many incidents' worth of weight the type prior carries.</summary>
    public const double PriorStrength = 5;

    public const int MaxIterations = 20;

    /// <summary>Iteration stops when no source moves by more than this.</summary>
    public const double Tolerance = 1e-4;

    public static TrustTable Learn(IReadOnlyList<IncidentEvidence> incidents, IReadOnlyDictionary<string, double>? pins = null)
    {
        pins ??= new Dictionary<string, double>();
        var sources = Sources(incidents);
        var table = Table(sources, pins, learned: null);
        var stances = incidents.Select(i => Stances(i).ToList()).ToList();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var confidence = incidents.Select(i => i.Verdict is { } verdict ? (verdict ? 1.0 : 0.0) : CorroborationScorer.Confidence(i.Chains(table))).ToList();
            var learned = new Dictionary<string, (double Supported, int Incidents, int Confirmed, int Refuted)>(StringComparer.Ordinal);
            for (var i = 0; i < incidents.Count; i++)
            {
                // A source counts once per incident, however many of its reports are in it.
                foreach (var (key, denies) in stances[i])
                {
                    var (supported, n, confirmed, refuted) = learned.GetValueOrDefault(key);
                    var agreed = denies ? 1 - confidence[i] : confidence[i];
                    var verdict = incidents[i].Verdict;
                    learned[key] = (supported + agreed, n + 1,
                        confirmed + (verdict is { } v && v != denies ? 1 : 0),
                        refuted + (verdict is { } w && w == denies ? 1 : 0));
                }
            }
            var next = Table(sources, pins, learned);
            var moved = next.Sources.Max(s => Math.Abs(s.Learned - (table.Find(s.Source)?.Learned ?? s.Prior)));
            table = next;
            if (moved < Tolerance)
            {
                break;
            }
        }
        return table;
    }

    /// <summary>Every named source, by key, with its type (the most common one it reported under).</summary>
    private static Dictionary<string, (string Name, string Type)> Sources(IReadOnlyList<IncidentEvidence> incidents) =>
        incidents.SelectMany(i => i.Members)
            .Where(m => !SourceNames.IsUnknown(m.Source))
            .GroupBy(m => SourceNames.Key(m.Source), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (g.First().Source, g.GroupBy(m => m.SourceType).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key),
                StringComparer.Ordinal);

    private static IEnumerable<(string Key, bool Denies)> Stances(IncidentEvidence incident) =>
        incident.Members
            .Where(m => !SourceNames.IsUnknown(m.Source))
            .GroupBy(m => SourceNames.Key(m.Source), StringComparer.Ordinal)
            .Select(g => (g.Key, g.All(ChainBuilder.Denies)));

    private static TrustTable Table(
        Dictionary<string, (string Name, string Type)> sources,
        IReadOnlyDictionary<string, double> pins,
        Dictionary<string, (double Supported, int Incidents, int Confirmed, int Refuted)>? learned)
    {
        var pinned = pins.ToDictionary(p => SourceNames.Key(p.Key), p => p.Value, StringComparer.Ordinal);
        // A source pinned before it reported anything still has its pin ready.
        var unseen = pins.Where(p => !sources.ContainsKey(SourceNames.Key(p.Key)))
            .Select(p => new SourceTrust(p.Key, "unknown", SourceReliability.Prior("unknown"), SourceReliability.Prior("unknown"), 0, 0, 0, 0, p.Value));
        return new TrustTable(unseen.Concat(sources.Select(s =>
        {
            var prior = SourceReliability.Prior(s.Value.Type);
            var (supported, n, confirmed, refuted) = learned?.GetValueOrDefault(s.Key) ?? default;
            var value = (PriorStrength * prior + supported) / (PriorStrength + n);
            return new SourceTrust(s.Value.Name, s.Value.Type, prior, Math.Round(value, 4), n, Math.Round(supported, 3), confirmed, refuted,
                pinned.TryGetValue(s.Key, out var pin) ? pin : null);
        })));
    }
}
