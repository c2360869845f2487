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

    /// <summary>
    /// The incident's profile; <paramref name="centroids"/>, kept with an incident that grows by
    /// members added at the end, sums only the new members' terms (while every member is summarised).
    /// </summary>
    public static IncidentProfile Build(IReadOnlyList<ClaimProfile> all, RunningCentroids? centroids = null)
    {
        // Built again on every change to the incident, so counted in loops, not grouped and sorted with LINQ.
        var members = all.Count > MaxSummarised ? all.Skip(all.Count - MaxSummarised).ToList() : all;
        var placed = MostReportedLocation(members);
        var (terms, byScript) = centroids is not null && members.Count == all.Count
            ? centroids.Centroids(all)
            : (TermVector.Centroid(members.Select(m => m.Terms)), null);
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
            byScript ?? ByScript(members, terms),
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

    /// <summary>The coordinates most members give; of equally many, those given first.</summary>
    private static (double Lat, double Lon)? MostReportedLocation(IReadOnlyList<ClaimProfile> members)
    {
        var counts = locationCounts ??= [];
        var top = 0;
        foreach (var member in members)
        {
            if (member is { Lat: { } lat, Lon: { } lon })
            {
                top = Math.Max(top, counts[(lat, lon)] = counts.GetValueOrDefault((lat, lon)) + 1);
            }
        }
        (double, double)? most = null;
        foreach (var member in members)
        {
            if (member is { Lat: { } lat, Lon: { } lon } && counts[(lat, lon)] == top)
            {
                most = (lat, lon);
                break;
            }
        }
        counts.Clear();
        return most;
    }

    // Counting tables, one of each per thread and emptied after use: a profile is built again on
    // every claim its incident gains, and these were most of what building one allocated.
    [ThreadStatic]
    private static Dictionary<(double, double), int>? locationCounts;
    [ThreadStatic]
    private static Dictionary<DateOnly, int>? dayCounts;
    [ThreadStatic]
    private static Dictionary<string, int>? valueCounts;
    [ThreadStatic]
    private static HashSet<string>? seenValues;

    /// <summary>The most reported single day (of equally reported ones the earliest); failing that, the narrowest range given (the first of equally narrow ones).</summary>
    private static DateSpan? ConsensusDate(IReadOnlyList<ClaimProfile> members)
    {
        var days = dayCounts ??= [];
        DateSpan? narrowest = null;
        foreach (var member in members)
        {
            if (member.Date is not { } date)
            {
                continue;
            }
            if (date.IsDay)
            {
                days[date.From] = days.GetValueOrDefault(date.From) + 1;
            }
            else if (narrowest is not { } kept || date.To.DayNumber - date.From.DayNumber < kept.To.DayNumber - kept.From.DayNumber)
            {
                narrowest = date;
            }
        }
        if (days.Count == 0)
        {
            return narrowest;
        }
        var (day, count) = (DateOnly.MaxValue, 0);
        foreach (var (candidate, times) in days)
        {
            if (times > count || (times == count && candidate < day))
            {
                (day, count) = (candidate, times);
            }
        }
        days.Clear();
        return new DateSpan(day, day);
    }

    private static List<string> MostReported(IEnumerable<string?> values)
    {
        var counts = valueCounts ??= new(StringComparer.Ordinal);
        var top = 0;
        foreach (var value in values)
        {
            if (value is not null)
            {
                top = Math.Max(top, counts[value] = counts.GetValueOrDefault(value) + 1);
            }
        }
        var most = new List<string>();
        foreach (var (value, count) in counts)
        {
            if (count == top)
            {
                most.Add(value);
            }
        }
        counts.Clear();
        most.Sort(StringComparer.Ordinal);
        return most;
    }

    /// <summary>Each value once, ignoring case (the first spelling seen kept), in ordinal order.</summary>
    private static List<string> Distinct(IEnumerable<string?> values)
    {
        var seen = seenValues ??= new(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (value is not null)
            {
                seen.Add(value);
            }
        }
        var distinct = new List<string>(seen); // the first spelling of each, in a list of just that size
        seen.Clear();
        distinct.Sort(StringComparer.Ordinal);
        return distinct;
    }
}
