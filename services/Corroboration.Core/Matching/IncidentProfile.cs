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

    /// <summary>
    /// An incident is summarised from at most its latest this many claims: enough to know it, and
    /// bounded work per update.
    /// </summary>
    public const int MaxSummarised = 256;

    /// <summary>
    /// Past <see cref="MaxSummarised"/> members the claims summarised move on this many at a time,
    /// so that the summary is counted afresh once per step rather than on every claim: a sum
    /// cannot give a member back exactly.
    /// </summary>
    public const int SummaryStep = 64;

    /// <summary>The index of the first of <paramref name="count"/> members that the summary counts: the latest 193 to 256 of a larger incident.</summary>
    public static int FirstSummarised(int count) =>
        count <= MaxSummarised ? 0 : (count - MaxSummarised + SummaryStep - 1) / SummaryStep * SummaryStep;

    /// <summary>
    /// The incident's profile; <paramref name="running"/>, kept with an incident that grows by
    /// members added at the end, counts only the new members.
    /// </summary>
    public static IncidentProfile Build(IReadOnlyList<ClaimProfile> all, RunningSummary? running = null)
    {
        if (running is not null)
        {
            return running.Summarise(all);
        }
        // One summary per thread, emptied after use: a profile is built again on every claim its
        // incident gains, and its tables were most of what building one allocated.
        var scratch = scratchSummary ??= new RunningSummary();
        var profile = scratch.Summarise(all);
        if (scratch.Large)
        {
            scratchSummary = null; // emptying tables sized for the largest incident would cost every small one after it
        }
        else
        {
            scratch.Clear();
        }
        return profile;
    }

    [ThreadStatic]
    private static RunningSummary? scratchSummary;
}
