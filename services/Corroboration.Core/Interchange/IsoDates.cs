using System.Globalization;

namespace Corroboration.Core.Interchange;

/// <summary>Parses the ISO-8601 dates and date-times of the interchange format.</summary>
public static class IsoDates
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Accepts a date or a date-time (with or without offset) and returns its calendar date.</summary>
    public static bool TryParseDateOrDateTime(string? text, out DateOnly date)
    {
        if (TryParseDate(text, out date))
        {
            return true;
        }
        if (text is not null && text.Contains('T')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            date = DateOnly.FromDateTime(moment.UtcDateTime);
            return true;
        }
        date = default;
        return false;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
