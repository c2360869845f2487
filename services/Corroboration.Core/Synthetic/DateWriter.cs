using System.Globalization;

namespace Corroboration.Core.Synthetic;

/// <summary>
/// Writes an incident's date as reports do: absolute in several formats, day and month without a
/// year, or relative to the publication ("yesterday", "on Sunday", "أمس", "اليوم السبت").
/// Relative forms are used only where they are true (today = published the same day).
/// </summary>
internal static class DateWriter
{
    private static readonly string[] Levantine = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"];
    private static readonly string[] Egyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
    private static readonly string[] ArabicDays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
    private static readonly string[] ApMonths = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static DatePhrase English(Story story, Random rng)
    {
        var d = story.Incident.Date;
        var delay = story.Published.DayNumber - d.DayNumber;
        var day = d.DayOfWeek.ToString();
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(d.Month);
        return Style(story, delay, rng) switch
        {
            "relative" => delay switch
            {
                0 => rng.Pick<DatePhrase>([new("today", false, "en.today"), new("on " + day, false, "en.weekday"), new("this morning", false, "en.morning"), new($"early on {day}", false, "en.early")]),
                1 => rng.Pick<DatePhrase>([new("yesterday", false, "en.yesterday"), new("on " + day, false, "en.weekday"), new("late on " + day, false, "en.late"), new("last night", false, "en.lastnight")]),
                _ => new("on " + day, false, "en.weekday"),
            },
            "daymonth" => rng.Pick<DatePhrase>([new($"on {d.Day} {month}", false, "en.dm"), new($"on {month} {d.Day}", false, "en.md"), new($"on {day}, {month} {d.Day}", false, "en.wmd")]),
            "full" => rng.Pick<DatePhrase>(
            [
                new($"on {d.Day} {month} {d.Year}", true, "en.dmy"),
                new($"on {month} {d.Day}, {d.Year}", true, "en.mdy"),
                new($"on {day}, {d.Day} {month} {d.Year}", true, "en.wdmy"),
                new($"on {ApMonths[d.Month - 1]} {d.Day}, {d.Year}", true, "en.ap"),
                new("on " + d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), true, "en.numeric"),
                new($"on {d.Day} {month}, {d.Year}", true, "en.dm,y"),
            ]),
            _ => new("", false, "en.none"),
        };
    }

    public static DatePhrase Arabic(Story story, Random rng)
    {
        var d = story.Incident.Date;
        var delay = story.Published.DayNumber - d.DayNumber;
        var day = ArabicDays[(int)d.DayOfWeek];
        var month = rng.Next(4) switch
        {
            0 => Levantine[d.Month - 1],
            1 => Egyptian[d.Month - 1],
            2 => $"{Levantine[d.Month - 1]}/{Egyptian[d.Month - 1]}",
            _ => $"{Levantine[d.Month - 1]} ({Egyptian[d.Month - 1]})",
        };
        return Style(story, delay, rng) switch
        {
            "relative" => delay switch
            {
                0 => rng.Pick<DatePhrase>([new("اليوم", false, "ar.today"), new($"اليوم {day}", false, "ar.todayday"), new("صباح اليوم", false, "ar.morning"), new("مساء اليوم", false, "ar.evening"), new("فجر اليوم", false, "ar.dawn")]),
                1 => rng.Pick<DatePhrase>([new("أمس", false, "ar.yesterday"), new($"أمس {day}", false, "ar.yesterdayday"), new("مساء أمس", false, "ar.lastevening"), new($"يوم {day}", false, "ar.weekday")]),
                _ => rng.Pick<DatePhrase>([new($"يوم {day}", false, "ar.weekday"), new($"يوم {day} الماضي", false, "ar.lastweekday")]),
            },
            "daymonth" => delay == 0
                ? new($"اليوم {day} {d.Day} {month}", false, "ar.todaydm")
                : rng.Pick<DatePhrase>([new($"يوم {day} {d.Day} {month}", false, "ar.wdm"), new($"في {d.Day} {month}", false, "ar.dm")]),
            "full" => rng.Pick<DatePhrase>(
            [
                new($"في {d.Day} {month} {d.Year}", true, "ar.dmy"),
                new($"يوم {day} {d.Day} {month} {d.Year}", true, "ar.wdmy"),
                new($"بتاريخ {d.Day}/{d.Month}/{d.Year}", true, "ar.numeric"),
                new($"في {d.Day} {month} من عام {d.Year}", true, "ar.dmofy"),
            ]),
            _ => new("", false, "ar.none"),
        };
    }

    /// <summary>Relative only where the reader can resolve it (mostly), absolute otherwise.</summary>
    private static string Style(Story story, int delay, Random rng)
    {
        var x = rng.NextDouble();
        if (delay <= 6 && (story.AnchorKnown || x < 0.1))
        {
            return x < 0.42 ? "relative" : x < 0.85 ? "full" : x < 0.96 ? "daymonth" : "none";
        }
        return x < 0.8 ? "full" : x < 0.94 ? "daymonth" : "none";
    }
}
