using Corroboration.Contracts;
using Corroboration.Core.Geography;

namespace Corroboration.Core.Extraction.Evaluation;

/// <summary>
/// Measures extraction against gold labels, on the main (first) claim of each report: date
/// within one day, place within 10 km of the gold place (resolved through the gazetteer) or in
/// its governorate, perpetrator among the gold belligerents (compared as canonical names, and
/// again at the level of alliances).
/// Each share is over the reports that have that label.
/// </summary>
public sealed class ExtractionEvaluator(Gazetteer gazetteer)
{
    private const double PlaceToleranceKm = 10;
    private readonly ClaimExtractor extractor = new(gazetteer);
    private readonly PlaceExtractor places = new(gazetteer);

    public EvaluationScores Evaluate(IEnumerable<ReportPayload> reports, IEnumerable<GoldRow> gold) =>
        Evaluate(reports, gold, null);

    /// <summary>As <see cref="Evaluate(IEnumerable{ReportPayload}, IEnumerable{GoldRow})"/>, reporting each judged report to <paramref name="onReport"/>.</summary>
    public EvaluationScores Evaluate(IEnumerable<ReportPayload> reports, IEnumerable<GoldRow> gold, Action<ReportPayload, ClaimPayload, GoldRow, bool?, bool?, bool?>? onReport)
    {
        var labels = gold.GroupBy(g => g.ReportId).ToDictionary(g => g.Key, g => g.First());
        int n = 0, exactN = 0, exactOk = 0, dateN = 0, dateOk = 0, placeN = 0, placeOk = 0, perpN = 0, perpOk = 0, perpAirwars = 0, perpAlliance = 0;
        foreach (var report in reports)
        {
            if (!labels.TryGetValue(report.Id, out var row))
            {
                continue;
            }
            n++;
            // A report without claims (empty text, no incident details) misses every label.
            var claim = extractor.Extract(report).Claims.FirstOrDefault() ?? new ClaimPayload();
            bool? date = null, place = null, perp = null;
            if (DateExtractor.ParseIso(row.Date) is { } goldDate)
            {
                dateN++;
                date = DateMatches(claim, goldDate);
                dateOk += date.Value ? 1 : 0;
            }
            if (row.Place is not null || row.Governorate is not null)
            {
                placeN++;
                place = PlaceMatches(claim, row);
                placeOk += place.Value ? 1 : 0;
            }
            if (row.Place is not null && Resolve(row.Place) is { Lat: { } goldLat, Lon: { } goldLon })
            {
                exactN++;
                exactOk += Near(claim, goldLat, goldLon) ? 1 : 0;
            }
            if (row.Belligerent is not null)
            {
                perpN++;
                perp = claim.Perpetrator is { } p && PerpetratorNames.CanonicalList(row.Belligerent).Contains(PerpetratorNames.Canonical(p));
                perpOk += perp.Value ? 1 : 0;
                var regimeAsRussia = claim.Perpetrator == PerpetratorNames.SyrianGovernment
                    && PerpetratorNames.CanonicalList(row.Belligerent).Contains(PerpetratorNames.Russia);
                perpAirwars += perp.Value || regimeAsRussia ? 1 : 0;
                perpAlliance += SameAlliance(claim.Perpetrator, row.Belligerent) ? 1 : 0;
            }
            onReport?.Invoke(report, claim, row, date, place, perp);
        }
        return new EvaluationScores(n, Share(dateOk, dateN), Share(placeOk, placeN), Share(perpOk, perpN), Share(perpAirwars, perpN), Share(perpAlliance, perpN), dateN, placeN, perpN, Share(exactOk, exactN), exactN);
    }

    /// <summary>Resolves a gold place description ("village X in the Y countryside, west of Idlib") to its most specific gazetteer place.</summary>
    public GazetteerPlace? Resolve(string placeText)
    {
        var text = new ReportText(null, placeText);
        return places.Pick(places.Mentions(text), text, 0)?.Place;
    }

    private static bool SameAlliance(string? perpetrator, string belligerents) =>
        perpetrator is not null && PerpetratorNames.Alliance(perpetrator) is { } side
        && PerpetratorNames.CanonicalList(belligerents).Any(b => PerpetratorNames.Alliance(b) == side);

    private static bool DateMatches(ClaimPayload claim, DateOnly gold)
    {
        if (DateExtractor.ParseIso(claim.OccurredOn) is { } on)
        {
            return Math.Abs(on.DayNumber - gold.DayNumber) <= 1;
        }
        return DateExtractor.ParseIso(claim.OccurredFrom) is { } from && DateExtractor.ParseIso(claim.OccurredTo) is { } to
            && from.AddDays(-1) <= gold && gold <= to.AddDays(1) && to.DayNumber - from.DayNumber <= 31;
    }

    private bool PlaceMatches(ClaimPayload claim, GoldRow row)
    {
        var goldAdmin1 = row.Governorate is null ? null : gazetteer.GovernorateName(row.Governorate);
        if (goldAdmin1 is not null && claim.Admin1 == goldAdmin1)
        {
            return true;
        }
        return row.Place is not null && Resolve(row.Place) is { Lat: { } glat, Lon: { } glon } && Near(claim, glat, glon);
    }

    private static bool Near(ClaimPayload claim, double lat, double lon) =>
        claim is { Lat: { } claimLat, Lon: { } claimLon } && GeoDistance.Kilometres(claimLat, claimLon, lat, lon) <= PlaceToleranceKm;

    private static double Share(int ok, int n) => n == 0 ? 0 : (double)ok / n;
}
