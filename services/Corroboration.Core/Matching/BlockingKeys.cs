using Corroboration.Core.Interchange;

namespace Corroboration.Core.Matching;

/// <summary>
/// Keys under which incidents are indexed and claims look for candidates: days, place names and
/// the heaviest words. An incident's day keys reach one day either side, so a claim a day off
/// still finds it; a claim without a date or place still finds candidates through its words.
/// </summary>
public static class BlockingKeys
{
    public const int TermKeys = 8;
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
        return keys;
    }

    private static string DayKey(DateOnly day) => "d:" + IsoDates.Format(day);
}
