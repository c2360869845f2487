using Corroboration.Core.Interchange;

namespace Corroboration.Core.Matching;

/// <summary>
/// Keys under which incidents are indexed and claims look for candidates: days, place names and
/// the heaviest words. An incident's day keys reach one day either side, so a claim a day off
/// still finds it; a claim without a date or place still finds candidates through its words and
/// its MinHash–LSH bands (near-copies of a text share a band).
/// </summary>
public static class BlockingKeys
{
    public const int TermKeys = 8;

    /// <summary>
    /// A key more incidents than this hold ("killed", a governorate) tells nothing and would make
    /// every claim scan every incident: past this bound it is skipped when looking for
    /// candidates, as blockers skip stop words — by the batch clusterer and by the service alike.
    /// </summary>
    public const int MaxIncidentsPerKey = 500;
    private const int MaxDays = 7;

    public static IReadOnlyList<string> ForIncident(IncidentProfile incident)
    {
        var keys = new List<string>();
        if (incident.Date is { } date)
        {
            var widened = new DateSpan(date.From.AddDays(-1), date.To.AddDays(1));
            keys.AddRange(widened.Days(MaxDays + 2).Select(DayKey));
        }
        keys.AddRange(incident.PlaceKeys.Select(p => "p:" + p));
        keys.AddRange(incident.Terms.TopTerms(TermKeys).Select(t => "t:" + t));
        keys.AddRange(MinHashSignature.BandKeys(incident.Terms.Weights.Keys));
        return keys;
    }

    public static IReadOnlyList<string> ForClaim(ClaimProfile claim)
    {
        var keys = new List<string>();
        if (claim.Date is { } date)
        {
            keys.AddRange(date.Days(MaxDays).Select(DayKey));
        }
        if (claim.PlaceKey is { } place)
        {
            keys.Add("p:" + place);
        }
        keys.AddRange(claim.Terms.TopTerms(TermKeys).Select(t => "t:" + t));
        keys.AddRange(MinHashSignature.BandKeys(claim.Terms.Weights.Keys));
        return keys;
    }

    /// <summary>
    /// What a key says agrees: d(ay), p(lace) or t(ext) — MinHash bands are text too. Candidates
    /// are ranked by how many kinds agree before how many keys, so twenty shared words cannot
    /// outrank the same day in the same place.
    /// </summary>
    public static char Kind(string key) => key[0] == 'm' ? 't' : key[0];

    /// <summary><see cref="Kind"/> as one bit, for counting kinds without a set.</summary>
    public static int KindBit(string key) => Kind(key) switch { 'd' => 1, 'p' => 2, 't' => 4, _ => 8 };

    private static string DayKey(DateOnly day) => "d:" + IsoDates.Format(day);
}
