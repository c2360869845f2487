namespace Corroboration.Core.Extraction;

/// <summary>Month names in English and (folded) Arabic, Levantine (also without the article: "كانون ثاني") and Egyptian/Gulf forms.</summary>
public static class MonthNames
{
    public static readonly IReadOnlyDictionary<string, int> ByName = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
        ["كانون الثاني"] = 1, ["شباط"] = 2, ["اذار"] = 3, ["نيسان"] = 4, ["ايار"] = 5, ["حزيران"] = 6, ["تموز"] = 7,
        ["اب"] = 8, ["ايلول"] = 9, ["تشرين الاول"] = 10, ["تشرين الثاني"] = 11, ["كانون الاول"] = 12,
        ["كانون ثاني"] = 1, ["تشرين اول"] = 10, ["تشرين ثاني"] = 11, ["كانون اول"] = 12,
        ["يناير"] = 1, ["فبراير"] = 2, ["مارس"] = 3, ["ابريل"] = 4, ["مايو"] = 5, ["يونيو"] = 6, ["يونيه"] = 6,
        ["يوليو"] = 7, ["يوليه"] = 7, ["اغسطس"] = 8, ["سبتمبر"] = 9, ["اكتوبر"] = 10, ["نوفمبر"] = 11, ["ديسمبر"] = 12,
    };

    /// <summary>A regex alternation of all names, longest first so "تشرين الثاني" wins over shorter names.</summary>
    public static string Pattern { get; } = string.Join("|", ByName.Keys.OrderByDescending(k => k.Length));
}
