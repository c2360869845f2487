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
        var levels = new int[FeatureCount];
        var details = new string?[FeatureCount];
        Compare(claim, incident, rarity, levels, details);
        return (levels, details);
    }

    /// <summary>
    /// The levels into <paramref name="levels"/>; the details too when <paramref name="details"/>
    /// is given. Without details nothing is allocated: the matcher weighs fifty candidates per
    /// claim and explains only the one it keeps.
    /// </summary>
    public static void Compare(ClaimProfile claim, IncidentProfile incident, TermRarity? rarity, Span<int> levels, string?[]? details)
    {
        CompareAllButText(claim, incident, levels, details);
        if (TextsCompared(claim, incident) is { } terms)
        {
            CompareTexts(claim, terms, rarity, levels, details);
        }
    }

    /// <summary>The index of the text feature: the costly one, compared last and only when it can matter.</summary>
    public const int TextFeature = 3;

    /// <summary>
    /// The incident's centroid the claim's text is compared with, or null when the texts are not
    /// compared: an Arabic post and an English report share no words, so their texts neither
    /// agree nor disagree.
    /// </summary>
    internal static TermVector? TextsCompared(ClaimProfile claim, IncidentProfile incident) =>
        claim.Terms.Weights.Count > 0 && incident.TermsFor(claim.Terms.Script) is { Weights.Count: > 0 } terms ? terms : null;

    /// <summary>The text feature's level: the TF-IDF cosine, where shared rare words (a village, a family name) count and shared stock phrases hardly.</summary>
    internal static void CompareTexts(ClaimProfile claim, TermVector terms, TermRarity? rarity, Span<int> levels, string?[]? details)
    {
        var cosine = rarity is null ? claim.Terms.Cosine(terms) : rarity.Cosine(claim.Terms, terms);
        levels[TextFeature] = cosine switch { >= 0.46 => 0, >= 0.38 => 1, >= 0.31 => 2, >= 0.23 => 3, >= 0.12 => 4, _ => 5 };
        if (details is not null)
        {
            details[TextFeature] = $"cosine {cosine:0.00}";
        }
    }

    /// <summary>Every feature's level but the text's, which is left <see cref="Missing"/>.</summary>
    internal static void CompareAllButText(ClaimProfile claim, IncidentProfile incident, Span<int> levels, string?[]? details)
    {
        CompareFields(claim, incident, levels, details);
        CompareLists(claim, incident, levels, details);
    }

    /// <summary>
    /// The features read from the profiles' own fields — date, distance, casualties, weekday —
    /// every other level left <see cref="Missing"/>: cheap, and often enough to rule a candidate
    /// out before its lists of names are walked (<see cref="ListFeatures"/>).
    /// </summary>
    internal static void CompareFields(ClaimProfile claim, IncidentProfile incident, Span<int> levels, string?[]? details)
    {
        levels[..FeatureCount].Fill(Missing);
        if (claim.Date is { } date && incident.Date is { } other)
        {
            var gap = date.GapDays(other);
            levels[0] = gap switch { 0 => 0, 1 => 1, <= 3 => 2, <= 7 => 3, <= 31 => 4, _ => 5 };
            if (details is not null)
            {
                details[0] = $"{gap} days";
            }
        }
        if (claim is { Lat: { } lat, Lon: { } lon } && incident is { Lat: { } otherLat, Lon: { } otherLon })
        {
            var km = GeoDistance.Kilometres(lat, lon, otherLat, otherLon);
            levels[1] = km switch { <= 2 => 0, <= 15 => 1, <= 50 => 2, _ => 3 };
            if (details is not null)
            {
                details[1] = $"{km:0} km";
            }
        }
        if (claim.KilledMax is { } high && incident.KilledMin is { } otherLow && incident.KilledMax is { } otherHigh)
        {
            var low = claim.KilledMin ?? high;
            // Counts disagree a little between sources and grow over time: within a factor of two is compatible.
            levels[5] = low <= otherHigh * 2 + 1 && otherLow <= high * 2 + 1 ? 0 : 1;
            if (details is not null)
            {
                details[5] = $"{low}–{high} vs {otherLow}–{otherHigh}";
            }
        }
        // Undated, a report may still say "on Friday": the incident's day either is one or is not.
        if (claim is { Date: null, Weekday: { } weekday } && incident.Date is { IsDay: true } day)
        {
            levels[9] = day.From.DayOfWeek == weekday ? 0 : 1;
            if (details is not null)
            {
                details[9] = $"{weekday} vs {day.From.DayOfWeek}";
            }
        }
    }

    internal const int DistanceFeature = 1;

    /// <summary>The place name's feature: compared, by <see cref="CompareLists"/>, only when there is no distance.</summary>
    internal const int PlaceNameFeature = 2;

    /// <summary>
    /// The other features <see cref="CompareLists"/> sets: with the place name and the text, what
    /// may still be added after <see cref="CompareFields"/>.
    /// </summary>
    internal static readonly int[] ListFeatures = [4, 6, 7, 8];

    /// <summary>The features that walk the incident's lists: place name, perpetrator, publisher, weapon, target.</summary>
    internal static void CompareLists(ClaimProfile claim, IncidentProfile incident, Span<int> levels, string?[]? details)
    {
        if (levels[DistanceFeature] == Missing)
        {
            ComparePlaceNames(claim, incident, levels, details);
        }
        if (Known(claim.Perpetrator) is { } perpetrator && AnyKnown(incident.Perpetrators))
        {
            levels[4] = ContainsIgnoringCase(incident.Perpetrators, perpetrator) ? 0 : 1;
            if (details is not null)
            {
                details[4] = perpetrator;
            }
        }
        if (!string.IsNullOrWhiteSpace(claim.Source) && claim.Source != "unknown" && incident.Sources.Count > 0)
        {
            levels[6] = ContainsIgnoringCase(incident.Sources, claim.Source) ? 0 : 1;
        }
        if (claim.Weapons is { } weapons && incident.Weapons is { Count: > 0 } otherWeapons)
        {
            levels[7] = Overlap(weapons, otherWeapons) ? 0 : WeaponFamilies.Related(weapons, otherWeapons) ? 1 : 2;
            if (details is not null)
            {
                details[7] = $"{string.Join("/", weapons)} vs {string.Join("/", otherWeapons)}";
            }
        }
        if (claim.Targets is { } targets && incident.Targets is { Count: > 0 } otherTargets)
        {
            levels[8] = Overlap(targets, otherTargets) ? 0 : 1;
            if (details is not null)
            {
                details[8] = $"{string.Join("/", targets)} vs {string.Join("/", otherTargets)}";
            }
        }
    }

    /// <summary>Without a distance, the place names: the same, in one governorate, or different.</summary>
    private static void ComparePlaceNames(ClaimProfile claim, IncidentProfile incident, Span<int> levels, string?[]? details)
    {
        if (claim.PlaceKey is { } key && incident.PlaceKeys.Contains(key))
        {
            levels[2] = claim.PlaceIsRegion ? 1 : 0;
            if (details is not null)
            {
                details[2] = key;
            }
        }
        else if (claim.Admin1 is { } admin1 && incident.Admin1s is { Count: > 0 } regions)
        {
            // Without coordinates on both sides (a governorate named instead of a village), the
            // governorates still agree or not.
            levels[2] = regions.Contains(admin1) ? 1 : 2;
            if (details is not null)
            {
                details[2] = admin1;
            }
        }
        else if (claim.PlaceKey is { } claimPlace && !claim.PlaceIsRegion && incident.PlaceKeys.Count > 0)
        {
            levels[2] = 2;
            if (details is not null)
            {
                details[2] = claimPlace;
            }
        }
    }

    private static string? Known(string? perpetrator) =>
        string.IsNullOrWhiteSpace(perpetrator) || perpetrator.Equals("unknown", StringComparison.OrdinalIgnoreCase) ? null : perpetrator;

    private static bool AnyKnown(IReadOnlyList<string> perpetrators)
    {
        foreach (var perpetrator in perpetrators)
        {
            if (Known(perpetrator) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsIgnoringCase(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the lists share a value, ignoring case (both are a handful long).</summary>
    private static bool Overlap(IReadOnlyList<string> some, IReadOnlyList<string> others)
    {
        foreach (var value in some)
        {
            if (ContainsIgnoringCase(others, value))
            {
                return true;
            }
        }
        return false;
    }
}
