namespace Corroboration.Core.Extraction;

/// <summary>One place of the bundled gazetteer. <see cref="Importance"/> is how many recorded incidents named it.</summary>
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
