using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Core.Validation;

/// <summary>Checks one claim's fields; field names are prefixed with the claim's position.</summary>
public static class ClaimValidator
{
    public static void Validate(ClaimPayload claim, string prefix, List<FieldViolation> violations)
    {
        CheckDate(claim.OccurredOn, prefix + "occurredOn", violations);
        var fromOk = CheckDate(claim.OccurredFrom, prefix + "occurredFrom", violations);
        var toOk = CheckDate(claim.OccurredTo, prefix + "occurredTo", violations);
        if (fromOk is { } from && toOk is { } to && from > to)
        {
            violations.Add(new(prefix + "occurredTo", "must not be before occurredFrom"));
        }
        if (claim.OccurredWeekday is { Length: > 0 } weekday && Weekdays.Parse(weekday) is null)
        {
            violations.Add(new(prefix + "occurredWeekday", "must be a weekday in English, monday to sunday"));
        }
        if (claim.Lat is < -90 or > 90)
        {
            violations.Add(new(prefix + "lat", "must be between -90 and 90"));
        }
        if (claim.Lon is < -180 or > 180)
        {
            violations.Add(new(prefix + "lon", "must be between -180 and 180"));
        }
        CheckRange(claim.KilledMin, claim.KilledMax, prefix + "killed", violations);
        CheckRange(claim.InjuredMin, claim.InjuredMax, prefix + "injured", violations);
        if (claim.Stance is not null and not "asserts" and not "denies")
        {
            violations.Add(new(prefix + "stance", "must be asserts or denies"));
        }
    }

    private static DateOnly? CheckDate(string? value, string field, List<FieldViolation> violations)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (IsoDates.TryParseDate(value, out var date))
        {
            return date;
        }
        violations.Add(new(field, "must be an ISO-8601 date such as 2015-11-29"));
        return null;
    }

    private static void CheckRange(int? min, int? max, string field, List<FieldViolation> violations)
    {
        if (min < 0 || max < 0)
        {
            violations.Add(new(field + (min < 0 ? "Min" : "Max"), "must not be negative"));
        }
        else if (min > max)
        {
            violations.Add(new(field + "Max", $"must not be less than {field}Min"));
        }
    }
}
