using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Reads killed and injured counts ("49 civilians killed", "killing 5", "مقتل ثلاثة مدنيين",
/// "5 قتلى", "عشرات الجرحى") from folded text, and whether the killed are civilians.
/// </summary>
public static partial class CasualtyExtractor
{
    /// <summary>Figures from the first sentences of the span that give them (the incident, not recaps).</summary>
    public static Casualties Extract(string folded)
    {
        var killed = Find(folded, Killed());
        var injured = Find(folded, Injured());
        bool? civilians = null;
        if (killed is { } k)
        {
            var window = folded.AsSpan(Math.Max(0, k.Offset - 60)..Math.Min(folded.Length, k.Offset + 80));
            civilians = Civilian().IsMatch(window) ? true : Combatant().IsMatch(window) ? false : null;
        }
        return new Casualties(killed?.Min, killed?.Max, injured?.Min, injured?.Max, civilians);
    }

    private static Figure? Find(string folded, Regex cue)
    {
        foreach (Match m in cue.Matches(folded))
        {
            if ((NumberBefore(folded, m.Index) ?? NumberAfter(folded, m.Index + m.Length, m.Value)) is { } figure)
            {
                return figure with { Offset = m.Index };
            }
        }
        return null;
    }

    /// <summary>"49 civilians were killed", "ثلاثه قتلي": a count up to five words before the cue.</summary>
    private static Figure? NumberBefore(string folded, int cue)
    {
        var start = Math.Max(0, cue - 45);
        if (!NumberWords.MayHoldCount(folded.AsSpan(start..cue)))
        {
            return null;
        }
        var before = folded[start..cue];
        var m = CountBeforeRegex.Match(before);
        var number = m.Groups["n"];
        if (!m.Success || IsYearOfDate(before, number) || AgeOrSpan().IsMatch(before.AsSpan(number.Index + number.Length)))
        {
            return null;
        }
        return NumberWords.Parse(m.Groups["n"].Value) is { } n && Plausible(n.Min) ? new Figure(0, n.Min, n.Max) : null;
    }

    /// <summary>"killing 5 people", "مقتل ثلاثه مدنيين", "مقتل طفلين", "مقتل مدني".</summary>
    private static Figure? NumberAfter(string folded, int end, string cueWord)
    {
        var after = folded[end..Math.Min(folded.Length, end + 45)];
        var m = NumberWords.MayHoldCount(after) ? CountAfterRegex.Match(after) : Match.Empty;
        if (m.Success && !AgeOrSpan().IsMatch(after.AsSpan(m.Length)) && NumberWords.Parse(m.Groups["n"].Value) is { } n && Plausible(n.Min))
        {
            return new Figure(0, n.Min, n.Max);
        }
        if (Dual().IsMatch(after))
        {
            return new Figure(0, 2, 2);
        }
        if (Single().IsMatch(after) || SingularCue().IsMatch(cueWord))
        {
            return new Figure(0, 1, 1);
        }
        return Plural().IsMatch(after) || PluralCue().IsMatch(cueWord) ? new Figure(0, 2, null) : null;
    }

    private static bool Plausible(int n) => n is > 0 and < 5000;

    /// <summary>"on 5 October 2023 killed 12", "29 حزيران (يونيو) 2022 يسفر عن مقتل": the year before the cue is no count.</summary>
    private static bool IsYearOfDate(string before, Group number) =>
        number.Value.Length == 4 && YearAfterMonth.IsMatch(before.AsSpan(0, number.Index + number.Length));

    // "October 2023", "March 23, 2023", "عام 2019", "in 2019".
    private static readonly Regex YearAfterMonth = new(@"(?:(?:" + MonthNames.Pattern + @")\.?(?:\s*\([^)]{1,20}\))?\s*(?:\d{1,2}(?:st|nd|rd|th)?)?\s*,?|عام|سنه|year|in|since|منذ)\s*\d{4}$", RegexOptions.Compiled);

    private sealed record Figure(int Offset, int Min, int? Max);

    private static readonly string Count = @"(?<![\p{L}\d])(?<n>(?:(?:at\s+least|more\s+than|over|about|around|nearly|up\s+to|some|ما\s+لا\s+يقل\s+عن|اكثر\s+من|علي\s+الاقل|نحو|حوالي)\s+)?(?:" + NumberWords.Pattern + "))(?![\\p{L}\\d])";
    private static readonly Regex CountBeforeRegex = new(Count + @"\s+(?:[\p{L}'-]+\s+){0,3}?(?:(?:were|was|are|have\s+been|had\s+been|been)\s+)?$", RegexOptions.Compiled);
    private static readonly Regex CountAfterRegex = new(@"^\s*(?:of\s+|at\s+least\s+|من\s+)?(?:ال)?" + Count, RegexOptions.Compiled);

    [GeneratedRegex(@"(?<![a-z])(?:ال)?(?:killed|killing|dead|died|deaths?|lost\s+their\s+lives|death\s+toll|fatalities|مقتل|قتل|قتلي|قتيل|قتيلا|قتيلين|استشهاد|شهيد|شهداء|ارتقاء|مصرع|وفاه|حصيله)")]
    private static partial Regex Killed();

    [GeneratedRegex(@"(?<![a-z])(?:ال)?(?:injured|injuring|wounded|wounding|injuries|hurt|اصابه|اصابات|اصيب|اصيبوا|جرحي|جريح|جريحا|جرح|مصابين|مصاب)")]
    private static partial Regex Injured();


    // "طفل يبلغ 12 عاماً", "an 11-year-old", "3 سنوات": an age or a span of time, not a count.
    [GeneratedRegex(@"^[\s-]*(?:years?[\s-]*old|years?|yo|عام|عاما|اعوام|سنه|سنوات|سنين|شهر|اشهر|شهور|ايام|يوما|ساعه|ساعات|دقيقه|دقايق|hours?|days?|months?|minutes?)(?![\p{L}])")]
    private static partial Regex AgeOrSpan();

    [GeneratedRegex(@"^\s*(?:ال)?(?:شخصين|طفلين|طفلتين|شابين|رجلين|امراتين|سيدتين|مدنيين\s+اثنين|عنصرين|مقاتلين\s+اثنين|two)\b")]
    private static partial Regex Dual();

    [GeneratedRegex(@"^\s*(?:ال)?(?:شخص|طفل|طفله|شاب|رجل|امراه|سيده|مدني|مواطن|عنصر|مقاتل|فتي|فتاه|a\s+(?:civilian|child|man|woman|boy|girl|person))\b")]
    private static partial Regex Single();

    [GeneratedRegex(@"^\s*(?:ال)?(?:مدنيين|اشخاص|اطفال|نساء|مواطنين|عناصر|مقاتلين|civilians|people|children|several)\b")]
    private static partial Regex Plural();

    [GeneratedRegex(@"^(?:قتيل|قتيلا|شهيد|جريح|جريحا)$")]
    private static partial Regex SingularCue();

    [GeneratedRegex(@"^(?:قتلي|شهداء|جرحي|قتيلين)$")]
    private static partial Regex PluralCue();

    [GeneratedRegex(@"civilian|child|children|women|woman|girl|boy|famil|resident|مدني|طفل|اطفال|نساء|امراه|سيده|مواطن|عائله|اسره|اهالي|اهل")]
    private static partial Regex Civilian();

    [GeneratedRegex(@"fighter|soldier|militant|combatant|member|commander|عنصر|عناصر|مقاتل|جندي|جنود|قيادي|قائد")]
    private static partial Regex Combatant();
}
