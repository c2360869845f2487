namespace Corroboration.Core.Synthetic;

/// <summary>
/// The publishers of the generated corpus: real organisations' names (NGOs, wires, outlets,
/// spokesmen) and invented social-media accounts. Text is generated, never taken from them.
/// </summary>
internal sealed class SourceCatalog
{
    private const string En = "en";
    private const string Ar = "ar";
    private static readonly string[] Syria = ["SY"];
    private static readonly string[] Iraq = ["IQ"];
    private static readonly string[] Yemen = ["YE"];
    private static readonly string[] Anywhere = [];

    private static readonly Source[] Fixed =
    [
        new("Syrian Observatory for Human Rights", "ngo", SourceKind.QuickNgo, [Ar, En], "www.syriahr.com", Syria, [], "the Syrian Observatory for Human Rights", "المرصد السوري لحقوق الإنسان"),
        new("Syrian Civil Defence (White Helmets)", "ngo", SourceKind.QuickNgo, [Ar, En], "www.syriacivildefense.org", Syria, [], "the White Helmets", "الدفاع المدني السوري"),
        new("Syrian Network for Human Rights", "ngo", SourceKind.QuickNgo, [Ar, En], "snhr.org", Syria, [], "the Syrian Network for Human Rights", "الشبكة السورية لحقوق الإنسان"),
        new("Amnesty International", "ngo", SourceKind.Investigator, [En, En, Ar], "www.amnesty.org", Anywhere, [], "Amnesty International", "منظمة العفو الدولية"),
        new("Human Rights Watch", "ngo", SourceKind.Investigator, [En, En, Ar], "www.hrw.org", Anywhere, [], "Human Rights Watch", "هيومن رايتس ووتش"),
        new("Mwatana for Human Rights", "ngo", SourceKind.QuickNgo, [Ar, En], "mwatana.org", Yemen, [], "Mwatana for Human Rights", "منظمة مواطنة لحقوق الإنسان"),
        new("United Nations OCHA", "un", SourceKind.Investigator, [En], "reliefweb.int", Anywhere, [], "the United Nations", "الأمم المتحدة"),
        new("Reuters", "wire", SourceKind.Wire, [En, En, Ar], "www.reuters.com", Anywhere, [], "Reuters", "رويترز"),
        new("AFP", "wire", SourceKind.Wire, [En, Ar], "www.afp.com", Anywhere, [], "AFP", "فرانس برس"),
        new("Associated Press", "wire", SourceKind.Wire, [En], "apnews.com", Anywhere, [], "the Associated Press", "أسوشيتد برس"),
        new("Al Jazeera English", "media", SourceKind.Media, [En], "www.aljazeera.com", Anywhere, [], Sister: "Al Jazeera"),
        new("Al Jazeera", "media", SourceKind.Media, [Ar], "www.aljazeera.net", Anywhere, [], Sister: "Al Jazeera English"),
        new("Middle East Eye", "media", SourceKind.Media, [En], "www.middleeasteye.net", Anywhere, []),
        new("The New Arab", "media", SourceKind.Media, [En], "www.newarab.com", Anywhere, [], Sister: "Al Araby Al Jadeed"),
        new("Al Araby Al Jadeed", "media", SourceKind.Media, [Ar], "www.alaraby.co.uk", Anywhere, [], Sister: "The New Arab"),
        new("The National", "media", SourceKind.Media, [En], "www.thenationalnews.com", Anywhere, []),
        new("Asharq Al-Awsat", "media", SourceKind.Media, [Ar], "aawsat.com", Anywhere, [], Sister: "Asharq Al-Awsat English"),
        new("Asharq Al-Awsat English", "media", SourceKind.Media, [En], "english.aawsat.com", Anywhere, [], Sister: "Asharq Al-Awsat"),
        new("Syria Direct", "media", SourceKind.Media, [En], "syriadirect.org", Syria, []),
        new("Enab Baladi", "media", SourceKind.Media, [Ar], "www.enabbaladi.net", Syria, [], "Enab Baladi", "عنب بلدي", Sister: "Enab Baladi English"),
        new("Enab Baladi English", "media", SourceKind.Media, [En], "english.enabbaladi.net", Syria, [], "Enab Baladi", "عنب بلدي", Sister: "Enab Baladi"),
        new("North Press Agency", "media", SourceKind.Media, [Ar], "npasyria.com", Syria, ["Al Hasakah", "Raqqa", "Deir Ezzor", "Aleppo"], "North Press", "نورث برس", Sister: "North Press Agency English"),
        new("North Press Agency English", "media", SourceKind.Media, [En], "npasyria.com/en", Syria, ["Al Hasakah", "Raqqa", "Deir Ezzor", "Aleppo"], "North Press", "نورث برس", Sister: "North Press Agency"),
        new("Syria TV", "media", SourceKind.Media, [Ar], "www.syria.tv", Syria, []),
        new("Zaman Al Wasl", "media", SourceKind.Media, [Ar, En], "www.zamanalwsl.net", Syria, []),
        new("Orient News", "media", SourceKind.Media, [Ar], "orient-news.net", Syria, []),
        new("Baladi News", "media", SourceKind.Media, [Ar], "baladi-news.com", Syria, []),
        new("Shaam News Network", "media", SourceKind.Media, [Ar], "www.shaam.org", Syria, []),
        new("Step News Agency", "media", SourceKind.Media, [Ar], "stepagency-sy.net", Syria, [], "Step News", "وكالة ستيب الإخبارية"),
        new("Rudaw", "media", SourceKind.Media, [En, Ar], "www.rudaw.net", ["IQ", "SY"], ["Duhok", "Erbil", "Sulaymaniyah", "Nineveh", "Kirkuk", "Al Hasakah"]),
        new("Shafaq News", "media", SourceKind.Media, [Ar, En], "shafaq.com", Iraq, []),
        new("Al Sumaria", "media", SourceKind.Media, [Ar], "www.alsumaria.tv", Iraq, []),
        new("Al-Masdar Online", "media", SourceKind.Media, [Ar, En], "almasdaronline.com", Yemen, []),
        new("Aden Al-Ghad", "media", SourceKind.Media, [Ar], "adengad.net", Yemen, []),
        new("Idlib Media Center", "local_monitor", SourceKind.LocalMonitor, [Ar], "www.facebook.com/IdlibMC", Syria, ["Idlib", "Hama", "Latakia"]),
        new("Deir Ezzor 24", "local_monitor", SourceKind.LocalMonitor, [Ar, En], "deirezzor24.net", Syria, ["Deir Ezzor"]),
        new("Euphrates Post", "local_monitor", SourceKind.LocalMonitor, [Ar], "euphratespost.net", Syria, ["Deir Ezzor", "Raqqa"]),
        new("Horan Free Media", "local_monitor", SourceKind.LocalMonitor, [Ar], "www.facebook.com/horanfreemedia", Syria, ["Daraa", "Quneitra", "As Suwayda"]),
        new("Suwayda 24", "local_monitor", SourceKind.LocalMonitor, [Ar], "suwayda24.com", Syria, ["As Suwayda", "Daraa"]),
        new("Halab Today", "local_monitor", SourceKind.LocalMonitor, [Ar], "halabtoday.tv", Syria, ["Aleppo", "Idlib"]),
        new("Al-Khabour", "local_monitor", SourceKind.LocalMonitor, [Ar], "alkhabour.net", Syria, ["Al Hasakah", "Raqqa"]),
        new("Damascus Voice", "local_monitor", SourceKind.LocalMonitor, [Ar], "damascusv.com", Syria, ["Damascus", "Rif Dimashq", "Homs"]),
        new("Mosul Eye", "local_monitor", SourceKind.LocalMonitor, [En, Ar], "mosul-eye.org", Iraq, ["Nineveh", "Duhok", "Erbil"]),
        new("Yemen Data Project", "local_monitor", SourceKind.LocalMonitor, [En], "yemendataproject.org", Yemen, []),
        new("SANA", "party", SourceKind.Partisan, [Ar, En], "sana.sy", Syria, [], "SANA", "سانا", Accuses: ["Turkey", "SDF", "US-led Coalition", "Israel", "IS", "Unknown"]),
        new("Al Ikhbariya", "party", SourceKind.Partisan, [Ar], "www.ikhbariya.sy", Syria, [], Accuses: ["Turkey", "US-led Coalition", "Israel", "IS"]),
        new("Hawar News Agency", "party", SourceKind.Partisan, [Ar, En], "hawarnews.com", Syria, ["Al Hasakah", "Raqqa", "Aleppo", "Deir Ezzor"], "Hawar news agency", "وكالة هاوار", Accuses: ["Turkey", "Syrian National Army", "IS", "Unknown"]),
        new("Anadolu Agency", "party", SourceKind.Partisan, [En, Ar], "www.aa.com.tr", ["SY", "IQ"], [], "Anadolu Agency", "وكالة الأناضول", Accuses: ["SDF", "Syrian government", "IS"]),
        new("RT Arabic", "party", SourceKind.Partisan, [Ar], "arabic.rt.com", Anywhere, [], Accuses: ["US-led Coalition", "Israel", "IS", "Turkey"]),
        new("Al-Masirah", "party", SourceKind.Partisan, [Ar], "www.almasirah.net", Yemen, [], Accuses: ["Saudi-led Coalition"]),
        new("Russian Ministry of Defence", "government", SourceKind.Spokesman, [En, Ar], "eng.mil.ru", Anywhere, []),
        new("US Central Command", "government", SourceKind.Spokesman, [En], "www.centcom.mil", Anywhere, []),
        new("Turkish Ministry of National Defence", "government", SourceKind.Spokesman, [En, Ar], "www.msb.gov.tr", Anywhere, []),
        new("SDF Media Center", "party", SourceKind.Spokesman, [Ar, En], "sdf-press.com", Anywhere, []),
        new("Saudi Press Agency", "government", SourceKind.Spokesman, [Ar, En], "www.spa.gov.sa", Anywhere, []),
        new("Misbar", "media", SourceKind.FactChecker, [Ar, En], "misbar.com", Anywhere, []),
        new("Verify-Sy", "media", SourceKind.FactChecker, [Ar, En], "verify-sy.com", Syria, []),
        new("AFP Fact Check", "wire", SourceKind.FactChecker, [En, Ar], "factcheck.afp.com", Anywhere, []),
    ];

    private static readonly string[] FirstNames = ["abu_omar", "ahmad", "mohammad", "khaled", "omar", "yusuf", "hasan", "ali", "mahmoud", "abdullah", "saeed", "anas", "wasim", "samer", "firas", "rami", "bilal", "hamza", "ibrahim", "mustafa", "layla", "noor", "sara", "huda", "reem"];
    private static readonly string[] Suffixes = ["_sy", "_idlib", "_news", "_media", "1987", "_free", "84", "_halabi", "_aljazrawi", "_alhurr", "2011", "_press", "_reporter", "_now", "_live"];

    private readonly Dictionary<string, Source> byName;
    private readonly Dictionary<(SourceKind, string, string), IReadOnlyList<Source>> covering = [];

    public SourceCatalog(Random rng)
    {
        var socials = new List<Source>();
        for (var i = 0; i < 240; i++)
        {
            var handle = "@" + rng.Pick(FirstNames) + rng.Pick(Suffixes) + (rng.Chance(0.5) ? rng.Next(1, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
            if (socials.Any(s => s.Name == handle))
            {
                continue;
            }
            string[] languages = rng.Chance(0.75) ? [Ar] : [En];
            string[] countries = rng.Chance(0.85) ? Syria : rng.Chance(0.5) ? Iraq : Yemen;
            socials.Add(new Source(handle, "social", SourceKind.Social, languages, handle[1..], countries, []));
        }
        All = [.. Fixed, .. socials];
        byName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<Source> All { get; }

    public Source this[string name] => byName[name];

    /// <summary>Sources of that kind covering the place (any place when none does).</summary>
    public IReadOnlyList<Source> Of(SourceKind kind, SyntheticPlace place)
    {
        var key = (kind, place.Country, place.Admin1);
        if (!covering.TryGetValue(key, out var list))
        {
            var local = All.Where(s => s.Kind == kind && s.Covers(place)).ToList();
            covering[key] = list = local.Count > 0 ? local : All.Where(s => s.Kind == kind && s.Countries.Count == 0).ToList();
        }
        return list;
    }
}
