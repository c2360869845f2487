using System.Buffers;
using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Finds who the report alleges carried out the attack, from English and Arabic cues, weighting
/// the title and the incident sentence, and each mention by its role: the doer ("Turkish drone",
/// "قصف لقوات النظام", "SDF shelled"), a partner lending air power ("بمساندة طائرات التحالف",
/// "backed by US helicopters") or the target ("on Turkish base", "مواقع قسد", "IS leader").
/// </summary>
public static partial class PerpetratorExtractor
{
    private const double AgentWeight = 2.5;
    private const double PartnerWeight = 3;
    private const double PatientWeight = 0.15;

    /// <summary>
    /// Another party named as a doer counts as blamed too ("قصف لقوات النظام وروسيا", "Russian or
    /// regime jets") when it weighs at least this share of the main perpetrator: half, so that a
    /// doer named far from the incident sentence, or once beside several mentions of the main
    /// one, does not count.
    /// </summary>
    public const double JointBlameShare = 0.5;

    private static readonly (string Name, string Pattern)[] Cues =
    [
        (PerpetratorNames.Russia, @"russian|russia|moscow|kremlin|روسي|روسيا|الروس|موسكو"),
        (PerpetratorNames.Sna, @"syrian national army|turkish[- ]backed|pro-turkish|turkey-backed|الجيش الوطني|فصائل المعارضه المواليه لتركيا|الفصايل المواليه لتركيا|الفصايل المواليه لانقره|فصايل موالي[هة] لتركيا|فصايل المعارضه المواليه لتركيا"),
        (PerpetratorNames.SyrianGovernment, @"regime|assad|syrian government|government forces|pro-government|syrian army|syrian arab army|\bsaa\b|syrian troops|damascus government|النظام|لنظام|الاسد|(?<!\p{L})(?:ل|لل)?اسد(?!\p{L})|الحكوميه|قوات الحكومه|(?:ال|لل)جيش (?:العربي )?السوري|جيش النظام|ميليشيات النظام"),
        // Yemen's coalition before the US-led one: "(لل)تحالف بقيادة السعودية" is not the anti-IS coalition.
        (PerpetratorNames.SaudiCoalition, @"saudi-led coalition|saudi-led|saudi|arab coalition|(?:ال|لل)تحالف (?:بقياده السعوديه|العربي|السعودي)|تحالف دعم الشرعيه|السعودي|السعوديه"),
        (PerpetratorNames.Houthis, @"houthis?|ansar allah|الحوثيين|الحوثيه|الحوثي|انصار الله"),
        (PerpetratorNames.Coalition, @"coalition|us-led|u\.s\.-led|american|u\.s\.|\bus (?:forces|troops|military|army|drone|strike|air|special|helicopter|occupation)|pentagon|centcom|inherent resolve|department of defense|defense department|التحالف|لتحالف|الامريكي|الامريكيه|الاميركي|الاميركيه|امريكيه|اميركيه|امريكي|اميركي|امريكيا|اميركيا|واشنطن|العزم الصلب"),
        (PerpetratorNames.Turkey, @"turkish|turkey|ankara|jandarma|gendarmerie|تركي|تركيا|الترك|انقره|الجندرمه|الاتراك"),
        (PerpetratorNames.Israel, @"israeli|israel|zionist|اسراي?يل|صهيون|الصهيوني"),
        (PerpetratorNames.Iran, @"iranian|iran-backed|iran|ايران|الايراني|الحرس الثوري"),
        (PerpetratorNames.IslamicState, @"islamic state|isis|isil|daesh|داعش|تنظيم الدوله"),
        (PerpetratorNames.Hts, @"hayat tahrir|tahrir al-sham|\bhts\b|هييه تحرير الشام|تحرير الشام|جبهه النصره"),
        (PerpetratorNames.Sdf, @"\bsdf\b|\bqsd\b|syrian democratic forces|\bypg\b|\bpkk\b|\bpyd\b|kurdish forces|kurdish militia|kurdish-led|قسد|(?<!\p{L})قس د(?!\p{L})|قوات سوريا الديمقراطيه|قوات سوريه الديمقراطيه|الوحدات الكرديه|وحدات حمايه الشعب|العمال الكردستاني|ب ك ك|ب ي د|الميليشيات الانفصاليه|الانفصاليين|الاحزاب الكرديه|القوات الكرديه"),
        (PerpetratorNames.Hezbollah, @"hezbollah|hizbollah|hizbullah|حزب الله"),
        (PerpetratorNames.Jordan, @"jordanian|الاردني|الاردنيه"),
    ];

    /// <summary>Every cue of every party, one named group per party.</summary>
    internal static readonly string Pattern = string.Join("|", Cues.Select((c, i) => $"(?<p{i}>{c.Pattern})"));

    private static readonly CueScanner All = new(Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Each name's group by number: looking groups up by a formatted name cost a string per match and name.
    private static readonly int[] GroupNumbers = Cues.Select((_, i) => All.GroupNumber($"p{i}")).ToArray();

    private enum Role
    {
        Neutral,
        Agent,
        Partner,
        Patient,
    }

    /// <summary>The alleged perpetrator, or <see cref="PerpetratorNames.Unknown"/> when the text names none.</summary>
    public static string Extract(ReportText text, int incidentSentence) =>
        Weigh(text, incidentSentence).FirstOrDefault()?.Name ?? PerpetratorNames.Unknown;

    /// <summary>
    /// Parties other than the main perpetrator that the report also blames for the attack, jointly
    /// or as alternatives ("قصف لقوات النظام وروسيا", or a monitor quoted saying so): named as
    /// doers at least once and weighing at least <see cref="JointBlameShare"/> of the main one.
    /// </summary>
    public static IReadOnlyList<string> AlsoBlamed(IReadOnlyList<PerpetratorWeight> weights) =>
        weights.Count == 0
            ? []
            : weights.Skip(1).Where(w => w.NamedAsDoer && w.Weight >= JointBlameShare * weights[0].Weight).Select(w => w.Name).ToList();

    /// <summary>
    /// The parties a name speaks for, such as a publisher's: "Russian Ministry of Defence" →
    /// Russia, "CENTCOM" → US-led Coalition, "Syrian Civil Defence" → none (a rescue service,
    /// not the government, though both are Syrian).
    /// </summary>
    public static IReadOnlyList<string> PartiesIn(string name) =>
        All.Matches(new ReportText(name, "").Folded).Select(NameOf).Distinct().ToList();

    /// <summary>Every party the text names, with how strongly it is blamed for the incident, most blamed first.</summary>
    public static IReadOnlyList<PerpetratorWeight> Weigh(ReportText text, int incidentSentence)
    {
        var scores = new Dictionary<string, double>();
        var doers = new HashSet<string>();
        var folded = text.Folded;
        var previousEnd = -1;
        var previousRole = Role.Neutral;
        foreach (var m in All.Matches(folded))
        {
            var name = NameOf(m);
            var sentence = text.SentenceAt(m.Index);
            var weight = m.Index < text.TitleEnd ? 3.0 : sentence == incidentSentence ? 3.0 : sentence <= incidentSentence + 3 ? 1.5 : 0.5;
            // "قصف لقوات النظام وقسد", "Coalition and SDF forces raided": names joined by "and" share a role.
            var joined = previousEnd >= 0 && m.Index - previousEnd < 25 && Coordination().IsMatch(folded.AsSpan(previousEnd..m.Index));
            var role = RoleOf(folded, m);
            if (joined && (role == Role.Neutral || previousRole != Role.Neutral))
            {
                role = previousRole;
            }
            previousEnd = m.Index + m.Length;
            previousRole = role;
            weight *= role switch
            {
                Role.Agent => AgentWeight,
                Role.Partner => PartnerWeight,
                Role.Patient => PatientWeight,
                _ => AttackNear().IsMatch(Around(folded, m)) ? 1.2 : 0.6,
            };
            scores[name] = scores.GetValueOrDefault(name) + weight;
            if (role is Role.Agent or Role.Partner)
            {
                doers.Add(name);
            }
        }
        // A stable sort: of equal weights the party named first leads.
        return scores.Select(kv => new PerpetratorWeight(kv.Key, kv.Value, doers.Contains(kv.Key))).OrderByDescending(w => w.Weight).ToList();
    }

    /// <summary>
    /// The mention's role, read from the words right after it ("Turkish drone", "SDF positions")
    /// and then from the nearest telling word before it, skipping fillers ("forces", "قوات").
    /// </summary>
    private static Role RoleOf(string folded, Match m)
    {
        var end = m.Index + m.Length;
        var after = folded.AsSpan(end..Math.Min(folded.Length, end + 40));
        if (PatientAfter().IsMatch(after) || folded.AsSpan(Math.Max(0, m.Index - 5)..m.Index).EndsWith("anti-", StringComparison.Ordinal))
        {
            return Role.Patient;
        }
        if (AgentAfter().IsMatch(after))
        {
            return Role.Agent;
        }
        var start = m.Index;
        while (start > 0 && !char.IsWhiteSpace(folded[start - 1]))
        {
            start--;
        }
        var words = Before(folded, start);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (ControlledArea().IsMatch(word))
            {
                // "قصف مصدره مناطق سيطرة قسد", "rockets fired from regime-held areas": the source, not the target.
                return words.Skip(i + 1).Any(w => Source().IsMatch(w)) ? Role.Agent : Role.Patient;
            }
            if (Patient().IsMatch(word))
            {
                return Role.Patient;
            }
            if (Partner().IsMatch(word))
            {
                return Role.Partner;
            }
            if (Agent().IsMatch(word) || Attack().IsMatch(word))
            {
                // "بمساندة طيران التحالف": the attack word names the partner's aircraft.
                return words.Skip(i + 1).Take(2).Any(w => Partner().IsMatch(w)) ? Role.Partner : Role.Agent;
            }
            if (!Filler().IsMatch(word))
            {
                break;
            }
        }
        return Role.Neutral;
    }

    /// <summary>Up to eight words before <paramref name="start"/>, nearest first, stopping at a sentence break.</summary>
    private static List<string> Before(string folded, int start)
    {
        var from = Math.Max(0, start - 60);
        var span = folded.AsSpan(from..start);
        var stop = span.LastIndexOfAny(SentenceBreaks);
        if (stop >= 0)
        {
            span = span[(stop + 1)..];
        }
        var words = new List<string>(8);
        Span<Range> parts = stackalloc Range[span.Length + 1];
        var count = span.Split(parts, ' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = count - 1; i >= Math.Max(0, count - 8); i--)
        {
            var word = WithoutQuotes(span[parts[i]]);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }
        return words;
    }

    /// <summary>The word without quotes, brackets, hashes and dashes.</summary>
    private static string WithoutQuotes(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAny(QuoteChars))
        {
            return word.ToString();
        }
        Span<char> kept = stackalloc char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (!QuoteChars.Contains(c))
            {
                kept[length++] = c;
            }
        }
        return new string(kept[..length]);
    }

    private static ReadOnlySpan<char> Around(string folded, Match m) =>
        folded.AsSpan(Math.Max(0, m.Index - 30)..Math.Min(folded.Length, m.Index + m.Length + 30));

    private static string NameOf(Match m)
    {
        for (var i = 0; i < Cues.Length; i++)
        {
            if (m.Groups[GroupNumbers[i]].Success)
            {
                return Cues[i].Name;
            }
        }
        return PerpetratorNames.Unknown;
    }

    // Words after a name that make it the target: "SDF positions", "Turkish base", "IS leader", "regime-held".
    [GeneratedRegex(@"^\S*?(?:'s)?[-\s]+(?:(?:military|army|security|armed)\s+)?(?:held|controlled|positions?|posts?|bases?|outposts?|members?|militants?|fighters?|leaders?|commanders?|cells?|suspects?|operatives?|detainees|facilitator|prisoners|territory|areas|soldiers\s+(?:were|was)|troops\s+(?:were|was)|نقاط|مواقع)\b")]
    private static partial Regex PatientAfter();

    // Words after a name that make it the doer: "Turkish drone", "Russian jets struck", "قسد تقصف", "الاحتلال التركي يستهدف".
    [GeneratedRegex(@"^\S*?(?:'s)?[-\s]+(?:(?:\S+\s+){0,3}?)(?:drones?|jets?|warplanes?|aircraft|airstrikes?|air\s*strikes?|strikes?|shelling|shelled|artillery|bombed|bombard\S*|struck|raids?|helicopters?|missiles?|rockets?|carried\s+out|launched|conducted|targeted|fired|attacked|kill|kills|killed|ت?قصف\S*|يقصف\S*|عدوان\S*|غارات|غاره|تستهدف|يستهدف|استهدفت|تشن|يشن|شنت|ترتكب|يرتكب|ارتكبت|تقتل|يقتل|قتلت|تنفذ|نفذت)\b")]
    private static partial Regex AgentAfter();

    [GeneratedRegex(@"^(?:ب|و)?(?:على|علي|ضد|مواقع|موقع|نقاط|نقطه|مقرات|مقر|معاقل|الخاضعه|عناصر|عنصر|عنصرا|قيادي|قياديا|قياديين|قائد|قايد|قاده|مقاتلي|صفوف|خليه|خلايا|المواليه|الموالي|مواليه|موالين|مواليين|قتلي|قتلى|جرحي|جرحى|خساير|خسائر|مقتل|مصرع|against|on|at|positions?|members?|fighters?|militants?|leaders?|targeting|targeted|hit|struck|anti|held|controlled|into|toward|towards|near)$")]
    private static partial Regex Patient();

    private static readonly SearchValues<char> QuoteChars = SearchValues.Create("\"'“”«»()#–-");
    private static readonly SearchValues<char> SentenceBreaks = SearchValues.Create(".!?؟\n|:،,");

    [GeneratedRegex(@"^(?:ال)?(?:مناطق|منطقه|سيطره|لسيطره|تسيطر|يسيطر|التي|عليها|عليه|held|controlled|areas|territory)$")]
    private static partial Regex ControlledArea();

    [GeneratedRegex(@"^(?:مصدر\S*|انطلق\S*|من|from|fired|launched)$")]
    private static partial Regex Source();

    [GeneratedRegex(@"^[\s""'“”«»()#,،-]*(?:and|or|و|او)?[\s""'“”«»()#-]*(?:(?:و|ل|لل)?(?:ال)?(?:قوات|ميليشيا|ميليشيات|مليشيا|مليشيات|نظام|جيش|forces|the|its)[\s""'“”«»()#-]*)*$")]
    private static partial Regex Coordination();

    // "بمساندة طيران التحالف", "with the support of the Coalition"; not "الفصائل المدعومة من تركيا", a faction's description.
    [GeneratedRegex(@"^(?:و)?(?:بدعم|بمسانده|بمساعده|بمشاركه|بغطاء|support|help|assistance|cover|partnered)$")]
    private static partial Regex Partner();

    [GeneratedRegex(@"^(?:by|قبل|نفذ\S*|شن\S*|ارتكب\S*|استهدف\S*|قصف\S*)$")]
    private static partial Regex Agent();

    [GeneratedRegex(@"^(?:و|ب|ف|ل)?(?:ال)?(?:قصف|غار|طائر|طاير|طيران|مسير|صاروخ|صواريخ|مدفع|قذائف|قذايف|قذيف|عدوان|هجوم|ضرب|اعتداء|راجم|انزال|رصاص|حربي|جوي)|^(?:airstrikes?|strikes?|shelling|bombardment|bombing|drones?|jets|warplanes|aircraft|aggression|attacks?|raids?|helicopters?|artillery|rockets?|missiles?|fire|gunfire)$")]
    private static partial Regex Attack();

    // Words that sit between an attack word and the name: "قصف مدفعي لقوات النظام", "strikes by the Russian air force".
    [GeneratedRegex(@"^(?:ل|لل|و)?(?:ال)?(?:قوات|قوه|ميليشيا|ميليشيات|مليشيا|مليشيات|جيش|جنود|الجيش|طيران|سلاح|الاحتلال|احتلال|مدفعي\S*|صاروخي\S*|جوي\S*|حربي\S*|مسير\S*|العدو|عدو|نظام|الدولي\S*|مشترك\S*|تابع\S*|من|في|قبل|the|of|forces|army|military|air|force|armed|regime|led|a|an)$")]
    private static partial Regex Filler();

    [GeneratedRegex(@"strike|bomb|shell|drone|jet|warplane|aircraft|missile|rocket|artillery|raid|غار|قصف|طائر|طيران|مسير|صاروخ|صواريخ|مدفعي|قذائف|قذايف|استهدف|حربي|عدوان")]
    private static partial Regex AttackNear();
}
