using System.Text;
using Corroboration.Core.Text;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Lookup keys that fold the spelling variation of place names: Latin transliterations
/// (Idlib/Idleb/Edlib, al-/el- articles, Qamishli/Qamishly) and Arabic spacing.
/// </summary>
public static class PlaceKeys
{
    private static readonly HashSet<string> Articles = ["al", "el", "ar", "as", "ad", "az", "an", "at", "ash", "adh", "ad", "ez", "es", "ul", "the"];

    /// <summary>An Arabic article in Latin script ("al", "el", "ash"), as names write it lower-case.</summary>
    public static bool IsArticle(string word) => Articles.Contains(word.ToLowerInvariant());

    public static bool IsArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');

    /// <summary>Latin key: folded letters and digits, articles dropped, no spaces.</summary>
    public static string Latin(string name)
    {
        var words = Tokenizer.NormalizedWords(name.Replace('-', ' ')).Select(w => w.Replace("'", "")).ToList();
        var builder = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            if (Articles.Contains(words[i]) && i < words.Count - 1)
            {
                continue;
            }
            builder.Append(words[i]);
        }
        return builder.ToString();
    }

    /// <summary>Consonant skeleton of a Latin key: vowels dropped and doubled letters collapsed.</summary>
    public static string Skeleton(string latinKey)
    {
        var builder = new StringBuilder();
        foreach (var c in latinKey)
        {
            if ("aeiouyw'".Contains(c) || (builder.Length > 0 && builder[^1] == c))
            {
                continue;
            }
            builder.Append(c == 'k' ? 'q' : c);
        }
        return builder.ToString();
    }

    /// <summary>Two Latin keys are spelling variants: about one edit per four letters, and the same first sound (Idlib/Edlib, Kamishli/Qamishli).</summary>
    public static bool IsNear(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || Sound(a[0]) != Sound(b[0]))
        {
            return false;
        }
        return EditDistance(a, b) <= Math.Max(1, (Math.Min(a.Length, b.Length) + 1) / 4);
    }

    /// <summary>Arabic key: normalized letters with spaces removed.</summary>
    public static string Arabic(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in TextNormalizer.Normalize(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static char Sound(char c) => "aeiouy".Contains(c) ? 'a' : c == 'k' ? 'q' : c;

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
