using System.Globalization;
using System.Text;

namespace Corroboration.Core.Text;

/// <summary>
/// Folds the spelling variation that does not change meaning, so that comparisons and lookups
/// see one form: case, Latin diacritics, Arabic diacritics and tatweel, alef/ya/ta-marbuta
/// variants, and Arabic-Indic digits. Invisible characters (bidi marks, zero-width characters,
/// NULs) are dropped so they cannot split a word, and any string is accepted, lone surrogates too.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in UnicodeCleanup.WellFormed(text).Normalize(NormalizationForm.FormD))
        {
            if (UnicodeCleanup.IsInvisible(c))
            {
                continue;
            }
            var folded = Fold(c);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }
        return builder.ToString();
    }

    /// <summary>Replaces Arabic-Indic and Persian digits with ASCII ones, leaving all else.</summary>
    public static string AsciiDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = FoldDigit(chars[i]);
        }
        return new string(chars);
    }

    private static char FoldDigit(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };

    private static char Fold(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.NonSpacingMark || c == '\u0640')
        {
            return '\0'; // Latin accents, Arabic harakat, tatweel
        }
        return c switch
        {
            '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627', // alef forms → ا
            '\u0649' => '\u064A', // alef maqsura → ya
            '\u0629' => '\u0647', // ta marbuta → ha
            '\u0624' => '\u0648', // waw with hamza → waw
            '\u0626' => '\u064A', // ya with hamza → ya
            '\u2019' or '\u2018' or '`' or '\u02BF' or '\u02BE' => '\'',
            _ => char.ToLowerInvariant(FoldDigit(c)),
        };
    }
}
