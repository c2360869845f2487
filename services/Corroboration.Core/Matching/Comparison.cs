using Corroboration.Core.Geography;

namespace Corroboration.Core.Matching;

/// <summary>
/// Compares a claim with an incident feature by feature, giving each feature's level (or
/// <see cref="Missing"/> when a side lacks it) in the order of <see cref="MatchModel.Features"/>.
/// </summary>
public static class Comparison
{
    public const int Missing = -1;
    public const string Date = "date";
    public const string Distance = "distance";
    public const string PlaceName = "place name";
    public const string Text = "text";
    public const string Perpetrator = "perpetrator";
    public const string Killed = "killed";
    public const string Publisher = "publisher";
    public const string Weapon = "weapon";
    public const string Target = "target";
    public const string Weekday = "weekday";

    public static int FeatureCount => 10;

    /// <summary>The level of each feature, with a human-readable detail (e.g. "3 days", "cosine 0.41").</summary>
    public static (int[] Levels, string?[] Details) Compare(ClaimProfile claim, IncidentProfile incident, TermRarity? rarity = null)
    {
        var levels = Enumerable.Repeat(Missing, FeatureCount).ToArray();
        var details = new string?[FeatureCount];
        if (claim.Date is { } date && incident.Date is { } other)
        {
            var gap = date.GapDays(other);
            (levels[0], details[0]) = (gap switch { 0 => 0, 1 => 1, <= 3 => 2, <= 7 => 3, _ => 4 }, $"{gap} days");
        }
        if (claim is { Lat: { } lat, Lon: { } lon } && incident is { Lat: { } otherLat, Lon: { } otherLon })
        {
            var km = GeoDistance.Kilometres(lat, lon, otherLat, otherLon);
            (levels[1], details[1]) = (km switch { <= 2 => 0, <= 15 => 1, <= 50 => 2, _ => 3 }, $"{km:0} km");
        }
        else if (claim.PlaceKey is { } key && incident.PlaceKeys.Contains(key))
        {
            (levels[2], details[2]) = (claim.PlaceIsRegion ? 1 : 0, key);
        }
        else if (claim.Admin1 is { } admin1 && incident.Admin1s is { Count: > 0 } regions)
        {
            // Without coordinates on both sides (a governorate named instead of a village), the
            // governorates still agree or not.
            (levels[2], details[2]) = (regions.Contains(admin1) ? 1 : 2, admin1);
        }
        else if (claim.PlaceKey is { } claimPlace && !claim.PlaceIsRegion && incident.PlaceKeys.Count > 0)
        {
            (levels[2], details[2]) = (2, claimPlace);
        }
        // An Arabic post and an English report share no words: their texts neither agree nor disagree.
        if (claim.Terms.Weights.Count > 0 && incident.TermsFor(claim.Terms.Script) is { Weights.Count: > 0 } terms)
        {
            // TF-IDF cosine: shared rare words (a village, a family name) count, shared stock phrases hardly.
            var cosine = rarity is null ? claim.Terms.Cosine(terms) : rarity.Cosine(claim.Terms, terms);
            (levels[3], details[3]) = (cosine switch { >= 0.46 => 0, >= 0.38 => 1, >= 0.31 => 2, >= 0.23 => 3, >= 0.12 => 4, _ => 5 }, $"cosine {cosine:0.00}");
        }
        if (Known(claim.Perpetrator) is { } perpetrator && incident.Perpetrators.Where(p => Known(p) is not null).ToList() is { Count: > 0 } named)
        {
            (levels[4], details[4]) = (named.Contains(perpetrator, StringComparer.OrdinalIgnoreCase) ? 0 : 1, perpetrator);
        }
        if (claim.KilledMax is { } high && incident.KilledMin is { } otherLow && incident.KilledMax is { } otherHigh)
        {
            var low = claim.KilledMin ?? high;
            // Counts disagree a little between sources and grow over time: within a factor of two is compatible.
            levels[5] = low <= otherHigh * 2 + 1 && otherLow <= high * 2 + 1 ? 0 : 1;
            details[5] = $"{low}–{high} vs {otherLow}–{otherHigh}";
        }
        if (!string.IsNullOrWhiteSpace(claim.Source) && claim.Source != "unknown" && incident.Sources.Count > 0)
        {
            levels[6] = incident.Sources.Contains(claim.Source, StringComparer.OrdinalIgnoreCase) ? 0 : 1;
        }
        // Undated, a report may still say "on Friday": the incident's day either is one or is not.
        if (claim is { Date: null, Weekday: { } weekday } && incident.Date is { IsDay: true } day)
        {
            levels[9] = day.From.DayOfWeek == weekday ? 0 : 1;
            details[9] = $"{weekday} vs {day.From.DayOfWeek}";
        }
        if (claim.Weapons is { } weapons && incident.Weapons is { Count: > 0 } otherWeapons)
        {
            levels[7] = weapons.Intersect(otherWeapons, StringComparer.OrdinalIgnoreCase).Any() ? 0 : WeaponFamilies.Related(weapons, otherWeapons) ? 1 : 2;
            details[7] = $"{string.Join("/", weapons)} vs {string.Join("/", otherWeapons)}";
        }
        if (claim.Targets is { } targets && incident.Targets is { Count: > 0 } otherTargets)
        {
            levels[8] = targets.Intersect(otherTargets, StringComparer.OrdinalIgnoreCase).Any() ? 0 : 1;
            details[8] = $"{string.Join("/", targets)} vs {string.Join("/", otherTargets)}";
        }
        return (levels, details);
    }

    private static string? Known(string? perpetrator) =>
        string.IsNullOrWhiteSpace(perpetrator) || perpetrator.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? null : perpetrator;
}
