namespace Corroboration.Core.Matching;

/// <summary>
/// An incident's summary (<see cref="IncidentProfile"/>) kept as running counts and sums of the
/// members it summarises, so that a member added at the end is counted once instead of again on
/// every later change: an incident a thousand reports strong gains a claim every few reports.
/// Sums are added in member order and ties go as the definitions say (the first seen, the
/// earliest), so the profile is the one summarised afresh, to the last bit.
/// </summary>
public sealed class RunningSummary
{
    private readonly List<ClaimProfile> summed = [];
    private int start; // the index, in the incident's members, of the first one summarised

    private readonly Dictionary<string, double> terms = new(StringComparer.Ordinal);
    // Each script's sums in the order the scripts came, kept only once the members write in more
    // than one: until then the whole sum is the one script's. Their tables are kept for reuse when
    // the summary is cleared, since the summary of a small incident is counted afresh every time.
    private readonly List<ScriptSums> termsByScript = [];
    private readonly Dictionary<string, ScriptSums> scriptTables = new(StringComparer.Ordinal);
    private string firstScript = "";

    private readonly Dictionary<DateOnly, int> days = [];
    private (DateOnly Day, int Count) topDay;
    private DateSpan? narrowest;

    private readonly Dictionary<(double Lat, double Lon), (int Count, int First)> locations = [];
    private ((double Lat, double Lon) Location, int Count, int First)? topLocation;

    private readonly MostReportedTally specificPlaces = new();
    private readonly MostReportedTally places = new();
    private readonly MostReportedTally admin1s = new();
    private readonly DistinctTally perpetrators = new();
    private readonly DistinctTally sources = new();
    private readonly DistinctTally weapons = new();
    private readonly DistinctTally targets = new();
    private int? killedMin;
    private int? killedMax;

    /// <summary>
    /// The profile of <paramref name="all"/>, counting the members after the ones counted last
    /// time. Members that are not the counted ones followed by new ones, or a summary that has
    /// moved on (<see cref="IncidentProfile.FirstSummarised"/>), are counted afresh.
    /// </summary>
    public IncidentProfile Summarise(IReadOnlyList<ClaimProfile> all)
    {
        var first = IncidentProfile.FirstSummarised(all.Count);
        if (first != start || !StartsWithSummed(all))
        {
            Clear();
            start = first;
        }
        for (var i = start + summed.Count; i < all.Count; i++)
        {
            Add(all[i]);
        }
        var centroid = TermVector.FromWeights(terms);
        return new IncidentProfile(
            days.Count > 0 ? new DateSpan(topDay.Day, topDay.Day) : narrowest,
            specificPlaces.Most() is { Count: > 0 } specific ? specific : places.Most(),
            topLocation?.Location.Lat,
            topLocation?.Location.Lon,
            perpetrators.Values(),
            killedMin,
            killedMax,
            sources.Values(),
            centroid,
            all.Count,
            CentroidsByScript(centroid),
            weapons.Values(),
            targets.Values(),
            admin1s.Most());
    }

    /// <summary>Forgets every member counted, keeping the tables for the next incident.</summary>
    public void Clear()
    {
        summed.Clear();
        start = 0;
        terms.Clear();
        foreach (var script in termsByScript)
        {
            script.Clear();
        }
        termsByScript.Clear();
        days.Clear();
        (topDay, narrowest) = (default, null);
        locations.Clear();
        topLocation = null;
        specificPlaces.Clear();
        places.Clear();
        admin1s.Clear();
        perpetrators.Clear();
        sources.Clear();
        weapons.Clear();
        targets.Clear();
        (killedMin, killedMax) = (null, null);
    }

    /// <summary>Whether the tables have grown past what is worth emptying for a small incident after them.</summary>
    internal bool Large => terms.Count > TermVector.MaxKeptSum; // each script's sums hold some of these terms

    // A reference check per member: far cheaper than counting its eighty terms again.
    private bool StartsWithSummed(IReadOnlyList<ClaimProfile> all)
    {
        if (all.Count < start + summed.Count)
        {
            return false;
        }
        for (var i = 0; i < summed.Count; i++)
        {
            if (!ReferenceEquals(all[start + i], summed[i]))
            {
                return false;
            }
        }
        return true;
    }

    private void Add(ClaimProfile member)
    {
        AddTerms(member.Terms);
        AddDate(member.Date);
        if (member is { Lat: { } lat, Lon: { } lon })
        {
            AddLocation((lat, lon));
        }
        if (!member.PlaceIsRegion)
        {
            specificPlaces.Add(member.PlaceKey);
        }
        places.Add(member.PlaceKey);
        admin1s.Add(member.Admin1);
        perpetrators.Add(member.Perpetrator);
        sources.Add(member.Source);
        weapons.AddAll(member.Weapons);
        targets.AddAll(member.Targets);
        killedMin = member.KilledMin is { } low && (killedMin is not { } min || low < min) ? low : killedMin;
        killedMax = member.KilledMax is { } high && (killedMax is not { } max || high > max) ? high : killedMax;
        summed.Add(member);
    }

    private void AddTerms(TermVector vector)
    {
        if (summed.Count == 0)
        {
            firstScript = vector.Script;
        }
        else if (termsByScript.Count == 0 && vector.Script != firstScript)
        {
            // The first member in another script: so far the whole sum is the first script's.
            var first = StartScript(firstScript).Sum;
            foreach (var (term, weight) in terms)
            {
                first[term] = weight;
            }
        }
        TermVector.AddTo(terms, vector);
        if (termsByScript.Count > 0)
        {
            var sums = SumsOf(vector.Script);
            TermVector.AddTo(sums.Sum, vector);
            sums.Centroid = null;
        }
    }

    /// <summary>The script's sums: a scan, as an incident's members write in two or three scripts at most.</summary>
    private ScriptSums SumsOf(string script)
    {
        foreach (var sums in termsByScript)
        {
            if (sums.Script == script)
            {
                return sums;
            }
        }
        return StartScript(script);
    }

    /// <summary>A table for the script's sums (the one kept from before, if any), taken into use.</summary>
    private ScriptSums StartScript(string script)
    {
        if (!scriptTables.TryGetValue(script, out var sums))
        {
            scriptTables[script] = sums = new ScriptSums(script);
        }
        termsByScript.Add(sums);
        return sums;
    }

    /// <summary>The most reported single day, of equally reported ones the earliest; else the first of the narrowest ranges.</summary>
    private void AddDate(DateSpan? date)
    {
        if (date is not { } span)
        {
            return;
        }
        if (span.IsDay)
        {
            var count = days[span.From] = days.GetValueOrDefault(span.From) + 1;
            if (count > topDay.Count || (count == topDay.Count && span.From < topDay.Day))
            {
                topDay = (span.From, count);
            }
        }
        else if (narrowest is not { } kept || span.To.DayNumber - span.From.DayNumber < kept.To.DayNumber - kept.From.DayNumber)
        {
            narrowest = span;
        }
    }

    /// <summary>The coordinates most members give; of equally many, those given first.</summary>
    private void AddLocation((double Lat, double Lon) location)
    {
        ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(locations, location, out var known);
        seen = (seen.Count + 1, known ? seen.First : summed.Count);
        if (topLocation is not { } top || seen.Count > top.Count || (seen.Count == top.Count && seen.First < top.First))
        {
            topLocation = (location, seen.Count, seen.First);
        }
    }

    private Dictionary<string, TermVector> CentroidsByScript(TermVector centroid)
    {
        if (termsByScript.Count == 0)
        {
            return new(StringComparer.Ordinal) { [firstScript] = centroid };
        }
        var centroids = new Dictionary<string, TermVector>(termsByScript.Count, StringComparer.Ordinal);
        foreach (var script in termsByScript)
        {
            centroids[script.Script] = script.Centroid ??= TermVector.FromWeights(script.Sum);
        }
        return centroids;
    }

    /// <summary>
    /// One script's sums, with the centroid made from them until they change: a claim in one
    /// script leaves the other script's centroid as it was, and picking its heaviest terms again
    /// would give the same vector.
    /// </summary>
    private sealed class ScriptSums(string script)
    {
        public string Script { get; } = script;

        public Dictionary<string, double> Sum { get; } = new(StringComparer.Ordinal);

        public TermVector? Centroid { get; set; }

        public void Clear()
        {
            Sum.Clear();
            Centroid = null;
        }
    }
}
