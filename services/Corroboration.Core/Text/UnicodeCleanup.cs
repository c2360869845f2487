using System.Globalization;
using System.Text;

namespace Corroboration.Core.Text;

/// <summary>
/// Makes arbitrary input safe to normalize and match: what makes <see cref="string.Normalize()"/>
/// throw (lone surrogates and the noncharacter U+FFFE) becomes U+FFFD, and invisible characters
/// that split words without being seen (bidi controls, zero-width characters, NULs) can be recognised.
/// </summary>
public static class UnicodeCleanup
{
    /// <summary>The text with every unpaired surrogate and U+FFFE replaced by U+FFFD (the same instance when there is none).</summary>
    public static string WellFormed(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) || c == '\uFFFE' ? '\uFFFD' : c);
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Format characters (bidi marks and embeddings U+200E/F, U+202A–E, U+2066–9, zero-width
    /// space and joiners, BOM, soft hyphen) and control characters other than whitespace (NUL…).
    /// </summary>
    public static bool IsInvisible(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.Format || (category == UnicodeCategory.Control && !char.IsWhiteSpace(c));
    }

    /// <summary>Whitespace that ends a line (and so a sentence, for extraction).</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\uFFFE')
            {
                return i;
            }
            if (!char.IsSurrogate(c))
            {
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
