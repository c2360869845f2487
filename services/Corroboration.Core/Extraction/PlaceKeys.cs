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
}
