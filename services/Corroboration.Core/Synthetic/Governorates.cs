using Corroboration.Core.Extraction;

namespace Corroboration.Core.Synthetic;

/// <summary>How reports name a place's governorate: English spellings and the gazetteer's Arabic name.</summary>
internal sealed class Governorates(Gazetteer gazetteer)
{
    private static readonly Dictionary<string, string[]> EnglishNames = new(StringComparer.Ordinal)
    {
        ["Idlib"] = ["Idlib", "Idleb"],
        ["Hama"] = ["Hama", "Hamah"],
        ["Latakia"] = ["Latakia", "Lattakia"],
        ["Deir Ezzor"] = ["Deir Ezzor", "Deir ez-Zor", "Deir al-Zor"],
        ["Al Hasakah"] = ["Hasakah", "al-Hasakah", "Hasaka"],
        ["Raqqa"] = ["Raqqa", "Raqqah"],
        ["Daraa"] = ["Daraa", "Deraa", "Dara'a"],
        ["As Suwayda"] = ["Sweida", "Suwayda"],
        ["Tartus"] = ["Tartus", "Tartous"],
        ["Rif Dimashq"] = ["Rif Dimashq", "Reef Dimashq"],
        ["Nineveh"] = ["Nineveh", "Ninawa"],
        ["Salah ad-Din"] = ["Salahuddin", "Salah al-Din"],
        ["Sulaymaniyah"] = ["Sulaymaniyah", "Sulaimaniyah"],
        ["Al Hudaydah"] = ["Hodeidah", "Hudaydah"],
        ["Saada"] = ["Saada", "Sa'dah"],
    };

    public IReadOnlyList<string> English(string admin1) => EnglishNames.TryGetValue(admin1, out var names) ? names : [admin1];

    public string? Arabic(string admin1) => gazetteer.Governorate(admin1)?.NameAr;

    public GazetteerPlace? Centre(string admin1) => gazetteer.Governorate(admin1);
}
