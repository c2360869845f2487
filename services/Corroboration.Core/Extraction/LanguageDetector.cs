namespace Corroboration.Core.Extraction;

/// <summary>
/// Tells Arabic from English (and other Latin-script text) by the share of Arabic letters; "und"
/// when there are neither (empty text, digits, punctuation, symbols, other scripts).
/// </summary>
public static class LanguageDetector
{
    public static string Detect(string? text)
    {
        int arabic = 0, latin = 0;
        foreach (var c in text ?? "")
        {
            // Letters only (not ، ؟ or Arabic-Indic digits); presentation forms come from text copied out of PDFs.
            if (c is (>= '\u0600' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFC') && char.IsLetter(c))
            {
                arabic++;
            }
            else if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
            }
        }
        if (arabic + latin == 0)
        {
            return "und";
        }
        return arabic >= latin ? "ar" : "en";
    }
}
