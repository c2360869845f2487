namespace Corroboration.Core.Validation;

/// <summary>How a claim's <c>occurredWeekday</c> is written: the English day name in lower case.</summary>
public static class Weekdays
{
    public static string Format(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static DayOfWeek? Parse(string? value) =>
        Enum.TryParse<DayOfWeek>(value, ignoreCase: true, out var day) && !int.TryParse(value, out _) ? day : null;
}
