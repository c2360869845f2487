using Corroboration.Core.Extraction;
using Corroboration.Core.Geography;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// The gazetteer's real places an incident may happen in: Syrian towns and villages weighted by
/// how often Airwars recorded them, and the larger cities of Iraq and Yemen. Only names the
/// gazetteer resolves back to the same governorate are used as the main spellings, so a reader
/// (human or extractor) can place the incident; near-duplicate entries are merged.
/// </summary>
internal sealed class PlacePool
{
    private static readonly (string Country, double Share)[] Countries = [("SY", 0.86), ("IQ", 0.08), ("YE", 0.06)];
    private static readonly HashSet<string> Kinds = ["city", "town", "village", "neighbourhood_area", "place", "subdistrict", "district"];
    private readonly Dictionary<string, (SyntheticPlace[] Places, double[] Cumulative)> byCountry = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntheticPlace, SyntheticPlace[]> neighbours = new(ReferenceEqualityComparer.Instance);

    public PlacePool(Gazetteer gazetteer, Governorates governorates)
    {
        var extractor = new PlaceExtractor(gazetteer);
        foreach (var (country, _) in Countries)
        {
            var places = new List<SyntheticPlace>();
            foreach (var place in gazetteer.Places.Where(p => p.Country == country && Eligible(p)).OrderByDescending(p => p.Importance))
            {
                if (places.Any(p => Duplicate(p.Place, place)) || Build(place, extractor, governorates) is not { } built)
                {
                    continue;
                }
                places.Add(built);
            }
            var cumulative = new double[places.Count];
            var sum = 0.0;
            for (var i = 0; i < places.Count; i++)
            {
                sum += places[i].Weight;
                cumulative[i] = sum;
            }
            byCountry[country] = (places.ToArray(), cumulative);
        }
    }

    public int Count => byCountry.Values.Sum(c => c.Places.Length);

    public SyntheticPlace Pick(Random rng)
    {
        var (places, cumulative) = byCountry[rng.Weighted(Countries)];
        var x = rng.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, x);
        return places[Math.Min(places.Length - 1, i < 0 ? ~i : i)];
    }

    /// <summary>A different place 2–12 km away in the same governorate (a neighbouring village), or null.</summary>
    public SyntheticPlace? Neighbour(SyntheticPlace place, Random rng)
    {
        SyntheticPlace[]? near;
        // The pool is shared by every corpus on one gazetteer, which may generate in parallel.
        lock (neighbours)
        {
            if (!neighbours.TryGetValue(place, out near))
            {
                near = byCountry[place.Country].Places
                    .Where(p => !ReferenceEquals(p, place) && p.Admin1 == place.Admin1 && Distance(p.Place, place.Place) is > 2 and < 12)
                    .ToArray();
                neighbours[place] = near;
            }
        }
        return near.Length == 0 ? null : near[rng.Next(near.Length)];
    }

    private static bool Eligible(GazetteerPlace p) =>
        p.Lat is not null && p.Lon is not null && p.Admin1.Length > 0 && Kinds.Contains(p.Kind) && p.NameAr is not null
        && (p.Country == "SY" ? p.Importance > 0 : p.Importance >= 10_000);

    private static bool Duplicate(GazetteerPlace a, GazetteerPlace b) => a.Admin1 == b.Admin1 && Distance(a, b) < 1.5;

    private static double Distance(GazetteerPlace a, GazetteerPlace b) => GeoDistance.Kilometres(a.Lat!.Value, a.Lon!.Value, b.Lat!.Value, b.Lon!.Value);

    private static SyntheticPlace? Build(GazetteerPlace place, PlaceExtractor extractor, Governorates governorates)
    {
        var names = place.AltNames.Prepend(place.Name).Where(n => !PlaceKeys.IsArabic(n)).Select(PlaceSpelling.Ascii).Where(PlaceSpelling.IsPlainLatin).Distinct(StringComparer.Ordinal).ToList();
        var latin = names.Concat(names.SelectMany(PlaceSpelling.LatinVariants)).Distinct(StringComparer.Ordinal).ToList();
        var resolving = latin.Where(n => Resolves(extractor, place, $"strikes hit {n} on Monday.")).Take(6).ToList();
        var arabic = place.AltNames.Where(PlaceKeys.IsArabic).Where(n => n.Length > 2 && Resolves(extractor, place, $"قصف على {n} اليوم")).ToList();
        if (resolving.Count == 0 || arabic.Count == 0)
        {
            return null;
        }
        var loose = latin.Except(resolving).Take(4).ToList();
        var centre = governorates.Centre(place.Admin1);
        var direction = centre?.Lat is { } lat && centre.Lon is { } lon ? Compass.From(lat, lon, place.Lat!.Value, place.Lon!.Value) : null;
        // Airwars counts (Syria) and populations (elsewhere) differ in scale: both are squashed.
        var weight = place.Country == "SY" ? 1 + Math.Sqrt(Math.Min(place.Importance, 400)) : 1 + Math.Log10(place.Importance);
        return new SyntheticPlace(place, resolving[0], resolving, loose, arabic[0], PlaceSpelling.ArabicVariants(arabic[0]), direction, weight);
    }

    private static bool Resolves(PlaceExtractor extractor, GazetteerPlace place, string sentence) =>
        extractor.Mentions(new ReportText(null, sentence)).Any(m => m.Place.Admin1 == place.Admin1 && m.Place.Country == place.Country);
}
