namespace Corroboration.Core.Extraction;

/// <summary>
/// One place of the bundled gazetteer. <see cref="Importance"/> is how many recorded incidents named
/// it (Airwars' Syrian places) or its population (other GeoNames places).
/// </summary>
public sealed record GazetteerPlace(
    string Name,
    IReadOnlyList<string> AltNames,
    double? Lat,
    double? Lon,
    string Country,
    string Admin1,
    string Kind,
    int Importance)
{
    /// <summary>English names of the countries the gazetteer covers, by ISO code.</summary>
    public static IReadOnlyDictionary<string, string> CountryNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SY"] = "Syria", ["IQ"] = "Iraq", ["YE"] = "Yemen", ["LY"] = "Libya", ["PS"] = "Palestine",
        ["LB"] = "Lebanon", ["UA"] = "Ukraine", ["AF"] = "Afghanistan", ["SD"] = "Sudan", ["SO"] = "Somalia",
    };

    /// <summary>The country's English name ("Syria"), or its code when the gazetteer does not know it.</summary>
    public string CountryName => CountryNames.TryGetValue(Country, out var name) ? name : Country;

    /// <summary>The Arabic name, when the gazetteer has one.</summary>
    public string? NameAr => AltNames.FirstOrDefault(PlaceKeys.IsArabic);

    public bool IsGovernorate => Kind == "governorate";

    /// <summary>Higher is more specific: governorate 0, city 1, town/village/neighbourhood 2.</summary>
    public int Specificity => Kind switch
    {
        "governorate" => 0,
        "city" or "province_governorate" or "district" or "subdistrict" => 1,
        _ => 2,
    };
}
