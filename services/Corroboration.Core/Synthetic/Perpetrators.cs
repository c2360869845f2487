using Corroboration.Core.Extraction;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// The parties of the generated incidents and where they strike, after the pattern of 2021–2023:
/// Russian and government strikes in the north-west, Turkish drones in the north-east, Israeli
/// missiles around Damascus, IS in the desert, the Saudi-led coalition and the Houthis in Yemen.
/// </summary>
internal static class Perpetrators
{
    public static Perpetrator Unknown { get; } = new(
        PerpetratorNames.Unknown, [""], ["unidentified gunmen", "an unidentified drone"], [""],
        [("مجهولون", false), ("طائرة مسيرة مجهولة", true)],
        [("car bomb", 2), ("improvised explosive device", 2), ("landmine", 2), ("explosive remnants", 1.5), ("drone", 0.5)],
        new Dictionary<string, double>(), null);

    public static IReadOnlyList<Perpetrator> All { get; } =
    [
        new(PerpetratorNames.Russia, ["Russian"], ["Russian warplanes", "Russian jets", "Russian forces"],
            ["للطيران الروسي", "للطائرات الحربية الروسية", "للقوات الروسية"],
            [("الطيران الحربي الروسي", false), ("طائرات حربية روسية", true)],
            [("airstrike", 6), ("missile", 1), ("cluster munition", 0.5)],
            Regions(("Idlib", 5), ("Hama", 2), ("Aleppo", 1.5), ("Latakia", 2), ("Deir Ezzor", 1), ("Homs", 1), ("Raqqa", 0.3)),
            "Russian Ministry of Defence"),
        new(PerpetratorNames.SyrianGovernment, ["Syrian government", "regime", "pro-government"], ["Syrian government forces", "regime forces", "the Syrian army"],
            ["لقوات النظام", "لقوات النظام السوري", "لقوات الأسد"],
            [("قوات النظام", true), ("قوات النظام السوري", true), ("جيش النظام", false)],
            [("artillery", 5), ("missile", 2), ("drone", 1.5), ("airstrike", 1), ("barrel bomb", 0.5)],
            Regions(("Idlib", 5), ("Aleppo", 3), ("Hama", 2), ("Daraa", 2), ("Latakia", 1), ("Rif Dimashq", 0.3)),
            "SANA"),
        new(PerpetratorNames.Turkey, ["Turkish"], ["Turkish forces", "the Turkish army", "a Turkish drone"],
            ["للجيش التركي", "للقوات التركية", "للاحتلال التركي"],
            [("الجيش التركي", false), ("طائرة مسيرة تركية", true), ("القوات التركية", true)],
            [("drone", 5), ("artillery", 3), ("airstrike", 1)],
            Regions(("Al Hasakah", 4), ("Aleppo", 2), ("Raqqa", 3), ("Duhok", 4), ("Erbil", 2), ("Nineveh", 2), ("Sulaymaniyah", 2)),
            "Turkish Ministry of National Defence"),
        new(PerpetratorNames.Sdf, ["SDF", "Kurdish-led"], ["the Syrian Democratic Forces (SDF)", "SDF fighters", "Kurdish-led forces"],
            ["لقوات سوريا الديمقراطية (قسد)", "لقسد", "لميليشيا قسد"],
            [("قوات سوريا الديمقراطية (قسد)", true), ("قسد", true)],
            [("artillery", 3), ("missile", 2), ("gunfire", 0.5)],
            Regions(("Aleppo", 3), ("Raqqa", 0.5), ("Deir Ezzor", 0.5)),
            "SDF Media Center"),
        new(PerpetratorNames.Coalition, ["US-led coalition", "US", "American"], ["the US-led coalition", "US forces", "a US drone"],
            ["للتحالف الدولي", "لطيران التحالف الدولي", "للقوات الأمريكية"],
            [("التحالف الدولي", false), ("طائرة مسيرة تابعة للتحالف الدولي", true), ("القوات الأمريكية", true)],
            [("drone", 3), ("ground raid", 1), ("airstrike", 1)],
            Regions(("Idlib", 1), ("Deir Ezzor", 2), ("Al Hasakah", 1), ("Aleppo", 0.5), ("Anbar", 1), ("Baghdad", 1)),
            "US Central Command"),
        new(PerpetratorNames.Israel, ["Israeli"], ["Israeli jets", "Israel", "Israeli warplanes"],
            ["للطيران الإسرائيلي", "للاحتلال الإسرائيلي", "للجيش الإسرائيلي"],
            [("الطيران الإسرائيلي", false), ("طائرات إسرائيلية", true)],
            [("missile", 3), ("airstrike", 2)],
            Regions(("Damascus", 3), ("Rif Dimashq", 3), ("Homs", 1), ("Hama", 0.5), ("Tartus", 0.5), ("Quneitra", 2), ("Latakia", 0.5)),
            null),
        new(PerpetratorNames.IslamicState, ["Islamic State", "ISIS", "IS"], ["Islamic State militants", "ISIS fighters", "IS gunmen"],
            ["لتنظيم داعش", "لخلايا تنظيم الدولة"],
            [("خلايا تنظيم داعش", true), ("عناصر من تنظيم داعش", false)],
            [("improvised explosive device", 2), ("gunfire", 2), ("landmine", 1)],
            Regions(("Deir Ezzor", 2), ("Homs", 1), ("Raqqa", 1), ("Al Hasakah", 0.5), ("Daraa", 0.5), ("Kirkuk", 3), ("Diyala", 3), ("Salah ad-Din", 3), ("Anbar", 2), ("Nineveh", 1)),
            null),
        new(PerpetratorNames.Iran, ["Iranian", "Iran-backed"], ["Iran's Revolutionary Guards", "Iran-backed militias"],
            ["للحرس الثوري الإيراني", "للميليشيات الإيرانية"],
            [("الحرس الثوري الإيراني", false), ("الميليشيات الإيرانية", true)],
            [("missile", 2), ("drone", 1)],
            Regions(("Erbil", 2), ("Sulaymaniyah", 1), ("Deir Ezzor", 0.3)),
            null),
        new("Saudi-led Coalition", ["Saudi-led coalition", "Saudi"], ["Saudi-led coalition jets", "the Saudi-led coalition"],
            ["للتحالف بقيادة السعودية", "لطيران التحالف السعودي"],
            [("طيران التحالف السعودي", false), ("مقاتلات التحالف", true)],
            [("airstrike", 5), ("missile", 0.5)],
            Regions(("Saada", 4), ("Sanaa", 2), ("Hajjah", 3), ("Al Hudaydah", 2), ("Amran", 1), ("Dhamar", 1), ("Ibb", 0.5)),
            "Saudi Press Agency"),
        new("Houthis", ["Houthi"], ["Houthi forces", "the Houthis", "Houthi fighters"],
            ["لجماعة الحوثي", "للحوثيين", "لميليشيا الحوثي"],
            [("جماعة الحوثي", true), ("ميليشيا الحوثي", true)],
            [("missile", 2), ("artillery", 2), ("drone", 1), ("landmine", 1)],
            Regions(("Taiz", 4), ("Al Hudaydah", 1), ("Aden", 1), ("Lahij", 1), ("Shabwah", 1), ("Al Bayda", 1), ("Ibb", 1), ("Hadramawt", 0.5)),
            "Al-Masirah"),
    ];

    /// <summary>Who attacks in that governorate (by its weights there), else an unknown party.</summary>
    public static Perpetrator For(string admin1, Random rng)
    {
        var active = All.Where(p => p.Regions.ContainsKey(admin1)).Select(p => (p, p.Regions[admin1])).ToList();
        active.Add((Unknown, 0.8));
        return rng.Weighted(active);
    }

    private static Dictionary<string, double> Regions(params (string Admin1, double Weight)[] regions) =>
        regions.ToDictionary(r => r.Admin1, r => r.Weight, StringComparer.Ordinal);
}
