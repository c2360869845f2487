using Corroboration.Contracts;
using Corroboration.Core.Interchange;

namespace Corroboration.Core.Matching;

/// <summary>When an incident happened: one day, or a range when the report is unsure.</summary>
public readonly record struct DateSpan(DateOnly From, DateOnly To)
{
    public static DateSpan? Of(ClaimPayload claim)
    {
        if (IsoDates.TryParseDate(claim.OccurredOn, out var day))
        {
            return new DateSpan(day, day);
        }
        var hasFrom = IsoDates.TryParseDate(claim.OccurredFrom, out var from);
        var hasTo = IsoDates.TryParseDate(claim.OccurredTo, out var to);
        return (hasFrom, hasTo) switch
        {
            (true, true) => new DateSpan(from, to),
            (true, false) => new DateSpan(from, from),
            (false, true) => new DateSpan(to, to),
            _ => null,
        };
    }

    public bool IsDay => From == To;

    /// <summary>Days between the spans; 0 when they overlap.</summary>
    public int GapDays(DateSpan other)
    {
        if (other.From > To)
        {
            return other.From.DayNumber - To.DayNumber;
        }
        if (From > other.To)
        {
            return From.DayNumber - other.To.DayNumber;
        }
        return 0;
    }

    public IEnumerable<DateOnly> Days(int maxDays)
    {
        for (var day = From; day <= To && day.DayNumber - From.DayNumber < maxDays; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
