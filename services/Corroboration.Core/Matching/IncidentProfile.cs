namespace Corroboration.Core.Matching;

/// <summary>
/// What the matcher compares of an incident: a summary of its members (incident-level linkage),
/// so a new claim is judged against the whole cluster rather than its closest report. Only
/// the most reported place names are kept, so one stray report cannot widen the incident.
/// </summary>
public sealed record IncidentProfile(
    DateSpan? Date,
    IReadOnlyList<string> PlaceKeys,
    double? Lat,
    double? Lon,
    IReadOnlyList<string> Perpetrators,
    int? KilledMin,
    int? KilledMax,
    IReadOnlyList<string> Sources,
    TermVector Terms,
    int MemberCount,
    IReadOnlyDictionary<string, TermVector>? TermsByScript = null,
    IReadOnlyList<string>? Weapons = null,
    IReadOnlyList<string>? Targets = null,
    IReadOnlyList<string>? Admin1s = null)
{

    /// <summary>The centroid of the members written in the claim's script, if any: what its text is compared with.</summary>
    public TermVector? TermsFor(string script) =>
        TermsByScript is null ? Terms : TermsByScript.GetValueOrDefault(script);

    /// <summary>An incident is summarised from at most its latest this many claims: enough to know it, and bounded work per update.</summary>
    public const int MaxSummarised = 256;

    public static IncidentProfile Build(IReadOnlyList<ClaimProfile> all)
    {
        var members = all.Count > MaxSummarised ? all.Skip(all.Count - MaxSummarised).ToList() : all;
        var located = members.Where(m => m.Lat is not null && m.Lon is not null).ToList();
        var placed = located.GroupBy(m => (m.Lat, m.Lon)).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
        var terms = TermVector.Centroid(members.Select(m => m.Terms));
        return new IncidentProfile(
            ConsensusDate(members),
            MostReported(members.Where(m => !m.PlaceIsRegion).Select(m => m.PlaceKey))
                is { Count: > 0 } specific ? specific : MostReported(members.Select(m => m.PlaceKey)),
            placed?.Lat,
            placed?.Lon,
            Distinct(members.Select(m => m.Perpetrator)),
            members.Min(m => m.KilledMin),
            members.Max(m => m.KilledMax),
            Distinct(members.Select(m => m.Source)),
            terms,
            all.Count,
            ByScript(members, terms),
            Distinct(members.SelectMany(m => m.Weapons ?? [])),
            Distinct(members.SelectMany(m => m.Targets ?? [])),
            MostReported(members.Select(m => m.Admin1)));
    }

    /// <summary>The centroid of each script's members; when all write in one, that is the whole centroid, summed in the same order.</summary>
    private static Dictionary<string, TermVector> ByScript(IReadOnlyList<ClaimProfile> members, TermVector all)
    {
        var script = members[0].Terms.Script;
        if (members.All(m => m.Terms.Script == script))
        {
            return new(StringComparer.Ordinal) { [script] = all };
        }
        return members.GroupBy(m => m.Terms.Script, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TermVector.Centroid(g.Select(m => m.Terms)), StringComparer.Ordinal);
    }

    /// <summary>The most reported single day; failing that, the narrowest range given.</summary>
    private static DateSpan? ConsensusDate(IReadOnlyList<ClaimProfile> members)
    {
        var days = members.Where(m => m.Date is { IsDay: true }).Select(m => m.Date!.Value.From).ToList();
        if (days.Count > 0)
        {
            var day = days.GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            return new DateSpan(day, day);
        }
        return members.Where(m => m.Date is not null).Select(m => m.Date!.Value)
            .OrderBy(s => s.To.DayNumber - s.From.DayNumber).Cast<DateSpan?>().FirstOrDefault();
    }

    private static List<string> MostReported(IEnumerable<string?> values)
    {
        var counts = values.Where(v => v is not null).GroupBy(v => v!, StringComparer.Ordinal).ToList();
        var top = counts.Count == 0 ? 0 : counts.Max(g => g.Count());
        return counts.Where(g => g.Count() == top).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        values.Where(v => v is not null).Select(v => v!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
}
