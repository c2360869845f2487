using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Finds who the report alleges carried out the attack, from English and Arabic cues, weighting
/// the title and the incident sentence, cues next to attack words, and discounting names that
/// appear as the target ("positions of HTS", "عناصر من داعش").
/// </summary>
public static partial class PerpetratorExtractor
{
    private static readonly (string Name, string Pattern)[] Cues =
    [
        (PerpetratorNames.Russia, @"russian|russia|moscow|kremlin|روسي|روسيا|الروس|موسكو"),
        (PerpetratorNames.Sna, @"syrian national army|turkish[- ]backed|pro-turkish|الجيش الوطني|فصائل المعارضه المواليه لتركيا|الفصائل المواليه لتركيا|الفصائل الموالية لانقره|فصائل موالي[هة] لتركيا"),
        (PerpetratorNames.SyrianGovernment, @"regime|assad|syrian government|government forces|pro-government|syrian army|syrian troops|damascus government|النظام|لنظام|الاسد|الحكوميه|قوات الحكومه|الجيش السوري|جيش النظام|ميليشيات النظام"),
        (PerpetratorNames.Coalition, @"coalition|us-led|u\.s\.-led|american|u\.s\. forces|us forces|pentagon|centcom|التحالف|لتحالف|الامريكي|الامريكيه|الاميركي|الاميركيه|امريكيه|اميركيه|امريكي|اميركي|واشنطن"),
        (PerpetratorNames.Turkey, @"turkish|turkey|ankara|تركي|تركيا|الترك|انقره"),
        (PerpetratorNames.Israel, @"israeli|israel|اسرائيل"),
        (PerpetratorNames.Iran, @"iranian|iran-backed|iran|ايران|الايراني|الحرس الثوري"),
        (PerpetratorNames.IslamicState, @"islamic state|isis|isil|daesh|داعش|تنظيم الدوله"),
        (PerpetratorNames.Hts, @"hayat tahrir|tahrir al-sham|\bhts\b|هيئه تحرير الشام|تحرير الشام|جبهه النصره"),
        (PerpetratorNames.Sdf, @"\bsdf\b|syrian democratic forces|\bypg\b|\bpkk\b|\bpyd\b|kurdish forces|kurdish militia|قسد|قوات سوريا الديمقراطيه|الوحدات الكرديه|وحدات حمايه الشعب|العمال الكردستاني|ب ك ك|الميليشيات الانفصاليه|الانفصاليين"),
        (PerpetratorNames.Hezbollah, @"hezbollah|hizbollah|hizbullah|حزب الله"),
        (PerpetratorNames.Jordan, @"jordanian|الاردني|الاردنيه"),
    ];

    private static readonly Regex All = new(
        string.Join("|", Cues.Select((c, i) => $"(?<p{i}>{c.Pattern})")),
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The alleged perpetrator, or <see cref="PerpetratorNames.Unknown"/> when the text names none.</summary>
    public static string Extract(ReportText text, int incidentSentence)
    {
        var scores = new Dictionary<string, double>();
        var folded = text.Folded;
        foreach (Match m in All.Matches(folded))
        {
            var name = NameOf(m);
            var sentence = text.SentenceAt(m.Index);
            var weight = m.Index < text.TitleEnd ? 3.0 : sentence == incidentSentence ? 3.0 : sentence <= incidentSentence + 3 ? 1.5 : 0.5;
            var before = folded[Math.Max(0, m.Index - 30)..m.Index];
            var after = folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 30)];
            if (AgentBefore().IsMatch(before) || AttackNear().IsMatch(before) || AttackNear().IsMatch(after))
            {
                weight *= 2;
            }
            if (TargetBefore().IsMatch(before))
            {
                weight *= 0.25;
            }
            scores[name] = scores.GetValueOrDefault(name) + weight;
        }
        return scores.Count == 0 ? PerpetratorNames.Unknown : scores.MaxBy(kv => kv.Value).Key;
    }

    private static string NameOf(Match m)
    {
        for (var i = 0; i < Cues.Length; i++)
        {
            if (m.Groups[$"p{i}"].Success)
            {
                return Cues[i].Name;
            }
        }
        return PerpetratorNames.Unknown;
    }

    [GeneratedRegex(@"(?:by|carried out by|from|نفذه|نفذها|نفذته|من قبل|قبل|لـ?|تابع[هة]? ل)\s*\S*\s*$")]
    private static partial Regex AgentBefore();

    [GeneratedRegex(@"strike|bomb|shell|drone|jet|warplane|aircraft|missile|rocket|artillery|raid|غار|قصف|طائر|طيران|مسير|صاروخ|صواريخ|مدفعي|قذائف|استهدف|حربي")]
    private static partial Regex AttackNear();

    [GeneratedRegex(@"(?:positions?|members?|fighters?|leader|commander|militants?|against|targeting|targeted|مواقع|عناصر|عنصر|قيادي|قائد|مقاتلي|ضد|استهدف\S*|معاقل|مناطق سيطره|مناطق)\s+(?:\S+\s+){0,2}$")]
    private static partial Regex TargetBefore();
}
