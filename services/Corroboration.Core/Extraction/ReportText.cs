using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Corroboration.Core.Text;

namespace Corroboration.Core.Extraction;

/// <summary>
/// A report's title and body prepared for extraction: <see cref="Clean"/> keeps case (English
/// capitals mark names) while <see cref="Folded"/> is the same length, lower-cased and with
/// Arabic letter variants folded, so offsets are shared between the two.
/// </summary>
public sealed partial class ReportText
{
    /// <summary>
    /// Extraction reads at most this many characters (after clean-up): the incident is told in the
    /// lead, real reports stay under half of it, and it bounds the work on a 1 MiB text.
    /// </summary>
    public const int MaxLength = 100_000;

    private readonly int[] ends;

    public ReportText(string? title, string? body)
    {
        body ??= "";
        var joined = string.IsNullOrWhiteSpace(title) ? body : title + "\n\n" + body;
        Clean = Limit(Prepare(joined));
        Folded = Fold(Clean);
        TitleEnd = string.IsNullOrWhiteSpace(title) ? 0 : Math.Min(Clean.Length, Prepare(title + "\n\n").Length);
        Sentences = Split(Clean);
        ends = Sentences.Select(s => s.End.Value).ToArray();
    }

    public string Clean { get; }
    public string Folded { get; }
    /// <summary>Offset where the body starts (0 without a title).</summary>
    public int TitleEnd { get; }
    public IReadOnlyList<Range> Sentences { get; }

    /// <summary>The first sentence ending after the offset (the last when none does).</summary>
    public int SentenceAt(int offset)
    {
        // Binary search: callers ask once per date, place or name found, and a long text has many.
        int low = 0, high = ends.Length - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (offset < ends[middle])
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        return low;
    }

    /// <summary>Whether any letter or digit is left once invisible characters and whitespace are gone.</summary>
    public bool HasWords => Clean.Any(char.IsLetterOrDigit);

    /// <summary>Words of two or more letters: how much prose there is to compare.</summary>
    public int WordCount => Core.Text.Tokenizer.Words(Folded).Count(w => w.Count(char.IsLetter) >= 2);

    public string FoldedSentence(int index) => Folded[Sentences[index]];

    /// <summary>The folded sentence without copying it.</summary>
    public ReadOnlySpan<char> FoldedSpan(int index) => Folded.AsSpan(Sentences[index]);

    /// <summary>
    /// Drops Arabic diacritics, tatweel, hyphens splitting Arabic words ("قت-يل") and invisible
    /// characters (bidi marks, zero-width characters, NULs); makes every decimal digit ASCII (the
    /// patterns parse what \d matches) and collapses each whitespace run to one space or line
    /// break (so patterns like \s*,?\s* cannot backtrack through a long run).
    /// </summary>
    private static string Prepare(string text)
    {
        var normalized = UnicodeCleanup.WellFormed(text).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var pending = '\0'; // the whitespace run being collapsed: ' ', '\n' or none
        foreach (var c in normalized)
        {
            if (c == '\u0640' || (c is >= '\u064B' and <= '\u065F') || c == '\u0670' || UnicodeCleanup.IsInvisible(c))
            {
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pending = pending == '\n' || UnicodeCleanup.IsLineBreak(c) ? '\n' : ' ';
                continue;
            }
            if (pending != '\0')
            {
                builder.Append(pending);
                pending = '\0';
            }
            builder.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
                ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))
                : c);
        }
        if (pending != '\0')
        {
            builder.Append(pending);
        }
        return ArabicHyphen().Replace(builder.ToString(), "");
    }

    /// <summary>The text cut at <see cref="MaxLength"/>, at the last line break or space before it when one is near.</summary>
    private static string Limit(string clean)
    {
        if (clean.Length <= MaxLength)
        {
            return clean;
        }
        var cut = clean.LastIndexOfAny(['\n', ' '], MaxLength - 1, 2_000);
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(clean[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        }
        return clean[..cut];
    }

    private static string Fold(string clean)
    {
        var chars = clean.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            chars[i] = c switch
            {
                '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',
                '\u0649' => '\u064A',
                '\u0629' => '\u0647',
                '\u0624' => '\u0648',
                '\u0626' => '\u064A',
                '\u2019' or '\u2018' or '`' => '\'',
                '\u060C' => ',',
                _ => RemoveLatinAccent(char.ToLowerInvariant(c)),
            };
        }
        return new string(chars);
    }

    private static char RemoveLatinAccent(char c)
    {
        if (c < '\u00C0' || c > '\u024F')
        {
            return c;
        }
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) == UnicodeCategory.LowercaseLetter ? decomposed[0] : c;
    }

    private static List<Range> Split(string text)
    {
        var result = new List<Range>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '\n' or '!' or '?' or '؟' or '.' && (c != '.' || i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));
            if (end)
            {
                if (i + 1 - start > 1)
                {
                    result.Add(start..(i + 1));
                }
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            result.Add(start..text.Length);
        }
        if (result.Count == 0)
        {
            result.Add(0..text.Length);
        }
        return result;
    }

    [GeneratedRegex(@"(?<=[\u0621-\u064A])-(?=[\u0621-\u064A])")]
    private static partial Regex ArabicHyphen();
}
