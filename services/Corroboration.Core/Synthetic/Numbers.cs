using System.Globalization;
using System.Text;

namespace Corroboration.Core.Synthetic;

/// <summary>Counts as reports write them: digits, English or Arabic number words, Arabic-Indic digits.</summary>
internal static class Numbers
{
    private static readonly string[] EnglishWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    // Masculine-noun counting forms 3–10 (ثلاثة مدنيين), as used with مدنيين/أشخاص/أطفال.
    private static readonly string[] ArabicWords = ["", "", "", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];

    public static string Digits(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A word for small counts (half the time), digits otherwise.</summary>
    public static string English(int n, Random rng) => n < EnglishWords.Length && rng.Chance(0.5) ? EnglishWords[n] : Digits(n);

    public static string Arabic(int n, Random rng) => n is >= 3 and <= 10 && rng.Chance(0.5) ? ArabicWords[n] : Digits(n);

    /// <summary>The text with ASCII digits written as Arabic-Indic ones (٠–٩), as many Arabic outlets print them.</summary>
    public static string IndicDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c);
        }
        return builder.ToString();
    }

    /// <summary>First letter upper-cased (English sentence starts).</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"a"/"an" before a singular English noun phrase.</summary>
    public static string Article(string phrase) =>
        ("aeiouAEIOU".Contains(phrase[0]) && !phrase.StartsWith("US", StringComparison.Ordinal) ? "an " : "a ") + phrase;
}
