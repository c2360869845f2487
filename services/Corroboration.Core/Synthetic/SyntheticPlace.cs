using Corroboration.Core.Extraction;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// A gazetteer place the generator may set incidents in, with the spellings reports use for it:
/// <see cref="Latin"/> and <see cref="Arabic"/> resolve back to it through the gazetteer;
/// <see cref="LooseLatin"/> are transliterations the gazetteer may not know.
/// <see cref="Direction"/> is where it lies from its governorate's centre (null in the centre).
/// </summary>
internal sealed record SyntheticPlace(
    GazetteerPlace Place,
    string English,
    IReadOnlyList<string> Latin,
    IReadOnlyList<string> LooseLatin,
    string Arabic,
    IReadOnlyList<string> ArabicSpellings,
    Compass? Direction,
    double Weight)
{
    public string Admin1 => Place.Admin1;

    public string Country => Place.Country;
}
