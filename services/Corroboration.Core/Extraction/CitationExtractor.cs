using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Finds the sources a report attributes its information to ("according to Amnesty", "HRW
/// reported", "وفق المرصد السوري") under canonical names, and whether the report denies the incident.
/// </summary>
public static partial class CitationExtractor
{
    private static readonly (string Name, string Pattern)[] Sources =
    [
        ("Amnesty International", @"amnesty|العفو الدوليه"),
        ("Human Rights Watch", @"human rights watch|\bhrw\b|هيومن رايتس ووتش|هيومن رايتس"),
        ("Syrian Observatory for Human Rights", @"syrian observatory|\bsohr\b|المرصد السوري"),
        ("Syrian Network for Human Rights", @"syrian network for human rights|\bsnhr\b|الشبكه السوريه لحقوق الانسان"),
        ("White Helmets", @"white helmets|civil defen[cs]e|الدفاع المدني|الخوذ البيضاء"),
        ("Response Coordinators", @"response coordinators|منسقو استجابه سوريا|منسقو الاستجابه"),
        ("SANA", @"\bsana\b|سانا|الوكاله العربيه السوريه للانباء"),
        ("Reuters", @"reuters|رويترز"),
        ("AFP", @"\bafp\b|agence france|فرانس برس|فرانس بريس"),
        ("Associated Press", @"associated press|\bap\b"),
        ("United Nations", @"united nations|\bun\b|\bocha\b|الامم المتحده"),
        ("Airwars", @"airwars"),
        ("Russian Ministry of Defence", @"russian (?:ministry of defen[cs]e|defen[cs]e ministry)|وزاره الدفاع الروسيه"),
        ("US Central Command", @"centcom|central command|القياده المركزيه الامريكيه|القياده المركزيه الاميركيه"),
        ("North Press", @"north press|نورث برس"),
        ("Enab Baladi", @"enab baladi|عنب بلدي"),
        ("Hawar News", @"hawar|\banha\b|هاوار"),
        ("Step News", @"step news|ستيب"),
        ("Anadolu", @"anadolu|الاناضول"),
    ];

    /// <summary>Every source's names, one named group per source.</summary>
    internal static readonly string Pattern = string.Join("|", Sources.Select((s, i) => $"(?<s{i}>{s.Pattern})"));

    // Scanned from the names' literal starts: as one regex, "\bun\b" and "\bap\b" had it try at nearly every letter.
    private static readonly CueScanner All = new(Pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Each name's group by number: looking groups up by a formatted name cost a string per match and name.
    private static readonly int[] GroupNumbers = Sources.Select((_, i) => All.GroupNumber($"s{i}")).ToArray();

    /// <summary>Canonical names of cited sources, excluding the report's own publisher.</summary>
    public static IReadOnlyList<string> Cites(string folded, string? ownSource)
    {
        var own = ownSource is null ? "" : ownSource.ToLowerInvariant();
        var cites = new List<string>();
        foreach (var m in All.Matches(folded))
        {
            var name = NameOf(m);
            if (cites.Contains(name) || (own.Length > 0 && (own.Contains(name.ToLowerInvariant()) || All.Matches(own).FirstOrDefault() is { } o && NameOf(o) == name)))
            {
                continue;
            }
            var before = folded[Math.Max(0, m.Index - 40)..m.Index];
            var after = folded[(m.Index + m.Length)..Math.Min(folded.Length, m.Index + m.Length + 60)];
            if (CueBefore().IsMatch(before) || CueAfter().IsMatch(after))
            {
                cites.Add(name);
            }
        }
        return cites;
    }

    /// <summary>"denies" when the title or lead denies the incident, else null (asserts).</summary>
    public static string? Stance(ReportText text)
    {
        var lead = text.Sentences.Count > 0 ? text.Folded[..text.Sentences[Math.Min(2, text.Sentences.Count - 1)].End.Value] : text.Folded;
        return Denial().IsMatch(lead) ? "denies" : null;
    }

    private static string NameOf(Match m)
    {
        for (var i = 0; i < Sources.Length; i++)
        {
            if (m.Groups[GroupNumbers[i]].Success)
            {
                return Sources[i].Name;
            }
        }
        return "";
    }

    [GeneratedRegex(@"(?:according to|reported by|cited by|quoted by|told|said|وفق|وفقا ل|بحسب|حسب|نقلا عن|نقل عن|افاد|قال|ذكر|اعلن|وثق|اكد|رصد|اشار|مصادر|تقرير)\S*\s+(?:\S+\s+){0,3}$")]
    private static partial Regex CueBefore();

    [GeneratedRegex(@"^\S*\s*(?:\S+\s+){0,5}?(?:said|says|reported|reports|documented|accused|claimed|stated|told|confirmed|found|announced|قال|قالت|ذكر|ذكرت|افاد|افادت|وثق|وثقت|اكد|اكدت|اعلن|اعلنت|رصد|نشر|نشرت)")]
    private static partial Regex CueAfter();

    // Fact-checks state a verdict rather than a denial: "Fact check: …", "claims … are false".
    [GeneratedRegex(@"(?<![a-z])(?:denied|denies|deny|denial|no corroborated|fabricated|rejected (?:the )?(?:claims|reports|allegations)|fact[- ]check|(?:is|are|was|were) (?:false|fake|untrue)|نفت|نفي|ينفي|تنفي|تكذب|يكذب|ادعاءات كاذبه|مزاعم)")]
    private static partial Regex Denial();
}
