using System.Globalization;
using System.Text;
using Corroboration.Core.Text;

namespace Corroboration.Core.Extraction;

/// <summary>
/// <see cref="TextNormalizer.Normalize"/> one character at a time, memoized, so place keys are
/// built without a Unicode normalization per lookup. For a string of "simple" characters the
/// normalized string is the concatenation of each character normalized alone: canonical
/// decomposition works per character and only reorders combining marks, which normalizing drops
/// (non-spacing) or which make a character not simple here (spacing and enclosing marks).
/// Surrogates and U+FFFE are not simple either; callers fall back to the string path for them.
/// </summary>
internal static class NormalizedChars
{
    private static readonly string NotSimple = new('\uFFFF', 1);
    private static readonly string?[] Table = new string?[char.MaxValue + 1];

    /// <summary>The character normalized alone (often empty or one character); false when it is not simple.</summary>
    public static bool TryGet(char c, out string normalized)
    {
        // Filled on first use; two threads racing store equal strings.
        var known = Table[c] ??= Compute(c);
        normalized = known;
        return !ReferenceEquals(known, NotSimple);
    }

    private static string Compute(char c)
    {
        if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
        {
            return NotSimple;
        }
        var alone = c.ToString();
        foreach (var part in alone.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) is UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                return NotSimple;
            }
        }
        return TextNormalizer.Normalize(alone);
    }
}
