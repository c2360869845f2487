using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// A report's title and body prepared for extraction: <see cref="Clean"/> keeps case (English
/// capitals mark names) while <see cref="Folded"/> is the same length, lower-cased and with
/// Arabic letter variants folded, so offsets are shared between the two.
/// </summary>
public sealed partial class ReportText
{
    public ReportText(string? title, string body)
    {
        var joined = string.IsNullOrWhiteSpace(title) ? body : title + "\n\n" + body;
        Clean = Prepare(joined);
        Folded = Fold(Clean);
        TitleEnd = string.IsNullOrWhiteSpace(title) ? 0 : Prepare(title + "\n\n").Length;
        Sentences = Split(Clean);
    }

    public string Clean { get; }
    public string Folded { get; }
    /// <summary>Offset where the body starts (0 without a title).</summary>
    public int TitleEnd { get; }
    public IReadOnlyList<Range> Sentences { get; }

    public int SentenceAt(int offset)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (offset < Sentences[i].End.Value)
            {
                return i;
            }
        }
        return Sentences.Count - 1;
    }

    public string FoldedSentence(int index) => Folded[Sentences[index]];

    /// <summary>Drops Arabic diacritics, tatweel and hyphens splitting Arabic words ("قت-يل"); ASCII digits.</summary>
    private static string Prepare(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (c == '\u0640' || (c is >= '\u064B' and <= '\u065F') || c == '\u0670' || c == '\u200F' || c == '\u200E' || c == '\u200B')
            {
                continue;
            }
            builder.Append(c switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                '\u00A0' => ' ',
                _ => c,
            });
        }
        return ArabicHyphen().Replace(builder.ToString(), "");
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
