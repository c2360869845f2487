using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Reads counts written as digits or as English or (folded) Arabic number words, and the vague
/// quantities reports use ("dozens", "عشرات"), as a min..max range (max null = open).
/// </summary>
public static partial class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["a"] = 1, ["an"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100,
        // Arabic, folded (ة→ه, ى→ي, أ→ا); masculine and feminine forms.
        ["واحد"] = 1, ["واحده"] = 1, ["اثنان"] = 2, ["اثنين"] = 2, ["اثنتين"] = 2, ["ثلاث"] = 3, ["ثلاثه"] = 3,
        ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5, ["ست"] = 6, ["سته"] = 6, ["سبع"] = 7, ["سبعه"] = 7,
        ["ثمان"] = 8, ["ثماني"] = 8, ["ثمانيه"] = 8, ["تسع"] = 9, ["تسعه"] = 9, ["عشر"] = 10, ["عشره"] = 10,
        ["احد"] = 1, ["اثنا"] = 2, ["اثني"] = 2,
        ["عشرون"] = 20, ["عشرين"] = 20, ["ثلاثون"] = 30, ["ثلاثين"] = 30, ["اربعون"] = 40, ["اربعين"] = 40,
        ["خمسون"] = 50, ["خمسين"] = 50, ["ستون"] = 60, ["ستين"] = 60, ["سبعون"] = 70, ["سبعين"] = 70,
        ["ثمانون"] = 80, ["ثمانين"] = 80, ["تسعون"] = 90, ["تسعين"] = 90, ["مئه"] = 100, ["مائه"] = 100,
        ["مئتين"] = 200, ["مئتان"] = 200, ["مائتين"] = 200,
    };

    private static readonly Dictionary<string, (int Min, int? Max)> Vague = new(StringComparer.Ordinal)
    {
        ["dozen"] = (12, 12), ["dozens"] = (24, 99), ["scores"] = (40, 99), ["several"] = (3, 9), ["hundreds"] = (200, 999),
        ["عشرات"] = (20, 99), ["مئات"] = (200, 999), ["عده"] = (3, 9), ["عدد"] = (3, 9),
    };

    /// <summary>A regex alternation matching one count: digits, a number word (with "و" tens) or a vague quantity.</summary>
    public static string Pattern { get; } = @"\d+(?:\s*(?:-|to|و|الي)\s*\d+)?|(?:" + Alternation(Units.Keys.Where(k => k.Length > 2)) + @")(?:\s+و?(?:" + Alternation(Units.Keys.Where(k => k.Length > 2)) + @"))?|(?:" + Alternation(Vague.Keys) + ")";

    private static string Alternation(IEnumerable<string> words) => string.Join("|", words.OrderByDescending(w => w.Length));

    // A count that Pattern matches without a digit holds one of these words.
    private static readonly SearchValues<string> CountWords =
        SearchValues.Create([.. Units.Keys.Where(k => k.Length > 2), .. Vague.Keys], StringComparison.Ordinal);

    /// <summary>
    /// Whether the text could hold a count <see cref="Pattern"/> matches: a digit (\d, any script's)
    /// or one of its words. False rules a match out, so a caller can spare the regex; true does not promise one.
    /// </summary>
    public static bool MayHoldCount(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return text.ContainsAny(CountWords);
    }

    /// <summary>The number an expression of up to four words denotes, e.g. "at least 12", "خمسه وعشرين".</summary>
    public static (int Min, int? Max)? Parse(string folded)
    {
        var words = Words().Matches(folded).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        var atLeast = false;
        var moreThan = false;
        var i = 0;
        for (; i < words.Count - 1; i++)
        {
            var w = words[i];
            if (w is "least" or "اقل" or "الاقل" or "than" or "about" or "around" or "nearly" or "some" or "almost" or "نحو" or "حوالي" or "قرابه" or "زهاء")
            {
                continue;
            }
            if (w is "at" or "more" or "over" or "اكثر" or "من" or "ما" or "لا" or "يقل" or "عن" or "على" or "علي")
            {
                atLeast |= w is "at" or "least" or "يقل";
                moreThan |= w is "more" or "over" or "اكثر";
                continue;
            }
            break;
        }
        var rest = words.Skip(i).ToList();
        var value = Value(rest);
        if (value is null)
        {
            return null;
        }
        var (min, max) = value.Value;
        if (moreThan)
        {
            return (min + 1, null);
        }
        return atLeast ? (min, null) : (min, max);
    }

    private static (int Min, int? Max)? Value(List<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }
        var first = words[0];
        if (int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            if (words.Count >= 3 && words[1] is "to" or "-" or "و" or "الي" or "and" && int.TryParse(words[2], out var hi) && hi > n)
            {
                return (n, hi);
            }
            return (n, n);
        }
        if (Vague.TryGetValue(first, out var vague))
        {
            return vague;
        }
        if (first.StartsWith('و') && Vague.TryGetValue(first[1..], out vague))
        {
            return vague;
        }
        if (first is "a" or "an" && words.Count > 1 && Vague.TryGetValue(words[1], out vague))
        {
            return vague;
        }
        if (!Units.TryGetValue(first, out var unit))
        {
            return null;
        }
        var total = unit;
        // "احد عشر", "ثلاثه عشر", "خمسه وعشرين", "twenty five"
        if (words.Count > 1)
        {
            var next = words[1].StartsWith('و') && words[1].Length > 2 ? words[1][1..] : words[1];
            if (next is "عشر" or "عشره" && unit < 10)
            {
                total = 10 + unit;
            }
            else if (Units.TryGetValue(next, out var tens) && tens >= 20 && tens < 100 && unit < 10 && words[1].StartsWith('و'))
            {
                total = tens + unit;
            }
            else if (unit >= 20 && unit < 100 && Units.TryGetValue(next, out var ones) && ones < 10)
            {
                total = unit + ones;
            }
            else if (next == "hundred")
            {
                total = unit * 100;
            }
        }
        return (total, total);
    }

    [GeneratedRegex(@"\d+|[\p{L}]+|-")]
    private static partial Regex Words();
}
