namespace Corroboration.Core.Extraction;

/// <summary>Tells Arabic from English (and other Latin-script text) by the share of Arabic letters.</summary>
public static class LanguageDetector
{
    public static string Detect(string text)
    {
        int arabic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
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
