using System.Text;
using Corroboration.Core.Text;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Lookup keys that fold the spelling variation of place names: Latin transliterations
/// (Idlib/Idleb/Edlib, al-/el- articles, Qamishli/Qamishly) and Arabic spacing.
/// </summary>
public static class PlaceKeys
{
    private static readonly HashSet<string> Articles = new(["al", "el", "ar", "as", "ad", "az", "an", "at", "ash", "adh", "ad", "ez", "es", "ul", "the"], StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArticleSpans = Articles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An Arabic article in Latin script ("al", "el", "ash"), as names write it lower-case.</summary>
    public static bool IsArticle(string word) => IsArticle(word.AsSpan());

    public static bool IsArticle(ReadOnlySpan<char> word)
    {
        if (word.Length > 3)
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length * 2];
        var length = word.ToLowerInvariant(lower);
        return length >= 0 && ArticleSpans.Contains(lower[..length]);
    }

    public static bool IsArabic(string text) => IsArabic(text.AsSpan());

    public static bool IsArabic(ReadOnlySpan<char> text) => text.ContainsAnyInRange('\u0600', '\u06FF');

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
        var skeleton = latinKey.Length <= 256 ? stackalloc char[latinKey.Length] : new char[latinKey.Length];
        return new string(skeleton[..Skeleton(latinKey, skeleton)]);
    }

    /// <summary>The skeleton written into <paramref name="skeleton"/> (as long as the key at least); its length.</summary>
    public static int Skeleton(ReadOnlySpan<char> latinKey, Span<char> skeleton)
    {
        var length = 0;
        foreach (var c in latinKey)
        {
            if ("aeiouyw'".Contains(c) || (length > 0 && skeleton[length - 1] == c))
            {
                continue;
            }
            skeleton[length++] = c == 'k' ? 'q' : c;
        }
        return length;
    }

    /// <summary>Two Latin keys are spelling variants: about one edit per four letters, and the same first sound (Idlib/Edlib, Kamishli/Qamishli).</summary>
    public static bool IsNear(string a, string b) => IsNear(a.AsSpan(), b.AsSpan());

    public static bool IsNear(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0 || b.Length == 0 || Sound(a[0]) != Sound(b[0]))
        {
            return false;
        }
        return EditDistance(a, b) <= Math.Max(1, (Math.Min(a.Length, b.Length) + 1) / 4);
    }

    /// <summary>
    /// The lookup key of a name (<see cref="Arabic"/> when it has an Arabic letter, else
    /// <see cref="Latin"/>) written into <paramref name="key"/>, which must hold four characters
    /// per character of the name; it allocates nothing. False when the name has a character that
    /// <see cref="NormalizedChars"/> cannot normalize alone: then use the string methods.
    /// </summary>
    public static bool TryKey(ReadOnlySpan<char> name, Span<char> key, out int length)
    {
        length = 0;
        if (key.Length < name.Length * 4)
        {
            return false;
        }
        var arabic = IsArabic(name);
        var word = -1; // where the word being read starts in the key, -1 between words
        var previous = -1; // where the last finished word starts when it is an article, else -1
        foreach (var c in name)
        {
            if (!NormalizedChars.TryGet(arabic || c != '-' ? c : ' ', out var normalized))
            {
                return false;
            }
            foreach (var n in normalized)
            {
                if (arabic)
                {
                    if (char.IsLetterOrDigit(n))
                    {
                        key[length++] = n;
                    }
                    continue;
                }
                if (char.IsLetterOrDigit(n) || n == '\'')
                {
                    word = word < 0 ? length : word;
                    if (n != '\'')
                    {
                        key[length++] = n; // apostrophes are dropped from inside words as well as trimmed
                    }
                }
                else if (word >= 0)
                {
                    previous = EndWord(key, ref length, word, previous);
                    word = -1;
                }
            }
        }
        if (word >= 0)
        {
            EndWord(key, ref length, word, previous);
        }
        return true;
    }

    /// <summary>
    /// Ends the Latin word at key[word..length]: an article before it is dropped (articles stay
    /// only as the last word), and the word's start is returned when it is an article itself.
    /// </summary>
    private static int EndWord(Span<char> key, ref int length, int word, int previous)
    {
        if (length == word)
        {
            return previous; // only apostrophes: no word
        }
        if (previous >= 0)
        {
            key[word..length].CopyTo(key[previous..]);
            length = previous + (length - word);
            word = previous;
        }
        return ArticleSpans.Contains(key[word..length]) ? word : -1;
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

    private static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        var current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.Length];
    }
}
