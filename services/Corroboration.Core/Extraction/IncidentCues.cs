using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>Words that mark a sentence as describing an attack or its casualties (folded text).</summary>
public static partial class IncidentCues
{
    public static bool IsAttack(ReadOnlySpan<char> folded) => Attack().IsMatch(folded);

    public static bool IsCasualty(ReadOnlySpan<char> folded) => Casualty().IsMatch(folded);

    /// <summary>
    /// The index of the sentence that first describes the incident: the first naming an attack,
    /// its casualties and (when <paramref name="hasPlace"/> is given) a place; an aggregate lead
    /// without a place ("200 civilians killed in Syria") yields to it.
    /// </summary>
    public static int IncidentSentence(ReportText text, Func<int, bool>? hasPlace = null)
    {
        var best = -1;
        var full = -1;
        for (var i = 0; i < text.Sentences.Count; i++)
        {
            var s = text.FoldedSpan(i);
            var attack = IsAttack(s);
            var casualty = IsCasualty(s);
            if (attack && casualty && (hasPlace is null || hasPlace(i)))
            {
                return i;
            }
            if (full < 0 && attack && casualty)
            {
                full = i;
            }
            if (best < 0 && (attack || casualty))
            {
                best = i;
            }
        }
        return full >= 0 ? full : Math.Max(best, 0);
    }

    [GeneratedRegex(@"strike|bomb|shell|raid|attack|drone|missile|rocket|artillery|struck|targeted|explosion|blast|قصف|غار[هات]|استهدف|مسير|طائر|طيران|صاروخ|صواريخ|قذائف|قذيفه|انفجار|هجوم|استهداف|مدفعي|ضرب")]
    private static partial Regex Attack();

    [GeneratedRegex(@"kill|dead|death|died|injur|wound|casualt|victim|مقتل|قتل|قتيل|قتلى|قتلي|استشهاد|شهيد|شهداء|ارتقاء|مصرع|اصاب|اصيب|جرح|جريح|ضحايا|وفاه")]
    private static partial Regex Casualty();
}
