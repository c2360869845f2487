using System.Globalization;
using System.Text;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// The ways reports spell one place: Latin transliterations (article dropped or hyphenated,
/// Idlib/Idleb/Edlib, ou/u, q/k) and Arabic orthographic variants (hamza on alef, ta marbuta).
/// </summary>
internal static class PlaceSpelling
{
    private static readonly HashSet<string> Articles = ["al", "el", "ar", "as", "ad", "az", "an", "at", "ash"];

    /// <summary>The name without Latin diacritics or ʿayn marks ("Ḩamāh" → "Hamah", "Ma‘lūlā" → "Ma'lula").</summary>
    public static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c is '‘' or '’' or '`' or 'ʿ' or 'ʾ' ? '\'' : c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when every letter is plain ASCII (the spelling an English report would print).</summary>
    public static bool IsPlainLatin(string name) => name.Length > 0 && name.All(c => c < 128) && char.IsUpper(name[0]);

    /// <summary>Transliteration variants of a plain Latin name, the name itself excluded.</summary>
    public static IReadOnlyList<string> LatinVariants(string name)
    {
        var words = name.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = new List<string>();
        if (words.Length > 1 && Articles.Contains(words[0].ToLowerInvariant()))
        {
            var rest = string.Join(' ', words.Skip(1));
            found.Add(rest);                       // "Bab"
            found.Add($"al-{rest}");               // "al-Bab"
            found.Add($"Al-{rest}");
            found.Add($"el-{rest}");
        }
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (Articles.Contains(words[i].ToLowerInvariant()))
            {
                var head = string.Join(' ', words.Take(i));
                var tail = string.Join(' ', words.Skip(i + 1));
                found.Add($"{head} al-{tail}");    // "Jisr al-Shughour"
                found.Add($"{head} el-{tail}");
                found.Add($"{head} {tail}");       // "Jisr Shughour"
            }
        }
        found.AddRange(VowelVariants(name));
        return found.Where(v => v != name && v.Length > 2).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Arabic spellings: as written, and with bare alef or ha for hamza-alef and ta marbuta.</summary>
    public static IReadOnlyList<string> ArabicVariants(string name)
    {
        var bare = name.Replace('أ', 'ا').Replace('إ', 'ا').Replace('آ', 'ا');
        var ha = name.EndsWith('ة') ? name[..^1] + "ه" : name;
        return new[] { name, bare, ha }.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> VowelVariants(string name)
    {
        // One change at a time, as one outlet's spelling differs from another's.
        if (name.StartsWith('I'))
        {
            yield return "E" + name[1..];
        }
        if (name.StartsWith('E'))
        {
            yield return "I" + name[1..];
        }
        foreach (var (from, to) in new[] { ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ai"), ("aa", "a"), ("q", "k"), ("kh", "k"), ("ie", "i") })
        {
            var at = name.IndexOf(from, 1, StringComparison.Ordinal);
            if (at > 0)
            {
                yield return name[..at] + to + name[(at + from.Length)..];
            }
        }
        var i = name.LastIndexOf('i');
        if (i > 0 && i < name.Length - 1)
        {
            yield return name[..i] + "e" + name[(i + 1)..];   // Idlib → Idleb
        }
        var u = name.IndexOf('u', 1);
        if (u > 0 && name.IndexOf("ou", StringComparison.Ordinal) < 0)
        {
            yield return name[..u] + "ou" + name[(u + 1)..];  // Shughur → Shoughur
        }
        if (name.EndsWith('a'))
        {
            yield return name + "h";                           // Ariha → Arihah
        }
        if (name.EndsWith("ah", StringComparison.Ordinal) || name.EndsWith("eh", StringComparison.Ordinal))
        {
            yield return name[..^1];
        }
    }
}
