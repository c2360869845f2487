namespace Corroboration.Core.Extraction;

/// <summary>Canonical weapon, target and evidence terms with their English and folded Arabic cues (regex).</summary>
public static class KeywordLexicon
{
    public static readonly IReadOnlyList<(string Term, string Pattern)> Weapons =
    [
        ("airstrike", @"air ?strike|air raid|warplane|fighter jet|bombing raid|غاره|غارات|قصف جوي|الطيران الحربي|طائرات? حربي"),
        ("drone", @"drone|\buav\b|مسيره|مسيرات|درون|طائره استطلاع|طائرات? مسير"),
        ("artillery", @"artillery|shelling|mortar|howitzer|مدفعي|قذائف|قذيفه|هاون|هاوتزر"),
        ("missile", @"missile|rocket|صاروخ|صواريخ|صاروخي"),
        ("barrel bomb", @"barrel bomb|برميل|براميل"),
        ("cluster munition", @"cluster|عنقودي"),
        ("unguided bomb", @"unguided|dumb bomb"),
        ("car bomb", @"car bomb|vbied|booby-trapped (?:car|vehicle)|سياره مفخخه|دراجه ناريه مفخخه|مفخخه"),
        ("improvised explosive device", @"\bied\b|improvised explosive|roadside bomb|عبوه ناسفه|عبوات ناسفه"),
        ("landmine", @"landmine|land mine|\bmines?\b|لغم|الغام"),
        ("explosive remnants", @"unexploded|remnants of war|مخلفات (?:ال)?حرب|مخلفات"),
        ("gunfire", @"gunfire|sniper|shot dead|رصاص|قناص|اطلاق نار|اطلاق النار"),
        ("ground raid", @"ground raid|special forces raid|انزال جوي|عمليه انزال|انزال"),
    ];

    public static readonly IReadOnlyList<(string Term, string Pattern)> Targets =
    [
        ("market", @"market|bazaar|سوق|اسواق"),
        ("mosque", @"mosque|مسجد|جامع"),
        ("hospital", @"hospital|clinic|medical (?:centre|center|facility)|مشفي|مستشفي|مستوصف|مركز صحي|مركز طبي|نقطه طبيه"),
        ("school", @"school|مدرسه|مدارس"),
        ("camp", @"\bcamps?\b|مخيم|مخيمات"),
        ("home", @"\bhomes?\b|\bhouses?\b|residential|apartment|منزل|منازل|بيت|بيوت|سكني|حي سكني"),
        ("vehicle", @"\bcar\b|vehicle|motorcycle|سياره|دراجه ناريه"),
        ("bakery", @"bakery|bread|فرن|مخبز"),
        ("farm", @"\bfarm|agricultural|مزرعه|مزارع|ارض زراعيه|اراض زراعيه"),
        ("water infrastructure", @"water station|محطه مياه|محطه المياه"),
        ("power infrastructure", @"power station|power plant|محطه كهرباء|محطه الكهرباء"),
    ];

    public static readonly IReadOnlyList<(string Term, string Pattern)> Evidence =
    [
        ("witness", @"witness|survivor|residents told|شهود|شاهد عيان|شهود عيان|ناجي"),
        ("imagery", @"imagery|photo|video|footage|satellite|images|صور|فيديو|مصور|مقطع"),
        ("site visit", @"site visit|visited the site|زار الموقع|زيارة الموقع|معاين"),
        ("weapons expert", @"weapons? expert|munitions? expert|arms expert|خبير اسلحه|خبراء اسلحه|خبير ذخائر"),
        ("medical records", @"medical record|hospital record|death certificate|autopsy|تقارير طبيه|سجلات طبيه|تقرير طبي|شهاده وفاه"),
    ];
}
