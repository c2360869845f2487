using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroboration.Core.Extraction;

/// <summary>
/// Finds the incident date: absolute dates (English, Arabic, numeric) and dates relative to the
/// publication (today, yesterday, on Sunday, اليوم, أمس, يوم الأحد). Without a publication date the
/// url's date or the latest full date in the text anchors relative ones.
/// </summary>
public static partial class DateExtractor
{
    /// <summary>Every date mention in the text, resolved against the anchor, in text order.</summary>
    public static IReadOnlyList<DateMention> Mentions(ReportText text, DateOnly? anchor)
    {
        var found = new List<DateMention>();
        var folded = text.Folded;
        // Every written date holds a digit and a month with its year holds a year's: most texts
        // have no year and many no digit, and the patterns' month names start at most letters.
        var (hasDigit, hasYear) = DigitsIn(folded);
        foreach (var m in MatchesIf(hasDigit, DayMonthYear(), folded))
        {
            AddDayMonth(found, m, anchor, folded);
        }
        foreach (var m in MatchesIf(hasDigit, MonthDayYear(), folded))
        {
            AddDayMonth(found, m, anchor, folded);
        }
        foreach (var m in MatchesIf(hasDigit, Numeric(), folded))
        {
            var iso = m.Groups["iy"].Success;
            var y = int.Parse(iso ? m.Groups["iy"].Value : m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(iso ? m.Groups["im"].Value : m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var d = int.Parse(iso ? m.Groups["id"].Value : m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (Make(y, mo, d) is { } date)
            {
                found.Add(new DateMention(m.Index, m.Length, date, date, true, false));
            }
        }
        foreach (var m in MatchesIf(hasYear, MonthYear(), folded))
        {
            if (Overlaps(found, m.Index, m.Length))
            {
                continue;
            }
            var month = MonthNames.ByName[m.Groups["m"].Value];
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            var from = new DateOnly(year, month, 1);
            found.Add(new DateMention(m.Index, m.Length, from, from.AddMonths(1).AddDays(-1), true, false));
        }
        if (anchor is { } a)
        {
            foreach (Match m in Relative().Matches(folded))
            {
                if (Overlaps(found, m.Index, m.Length) || RelativeDate(m, a) is not { } date)
                {
                    continue;
                }
                found.Add(new DateMention(m.Index, m.Length, date, date, false, true));
            }
        }
        // "اليوم الأحد 7 تشرين الثاني": the written date is more precise than the relative words next to it.
        found.RemoveAll(r => r.IsRelative && found.Any(d => !d.IsRelative && d.IsDay && Math.Abs(d.Offset - r.Offset) < 30));
        found.Sort((x, y) => x.Offset.CompareTo(y.Offset));
        return found;
    }

    /// <summary>
    /// What relative dates count from: the publication date, else the url's date, else the latest
    /// full date written in the text (pages print their own date).
    /// </summary>
    public static DateOnly? Anchor(string? publishedAt, string? url, ReportText text)
    {
        if ((ParseIso(publishedAt) ?? FromUrl(url)) is { } known)
        {
            return known;
        }
        var full = Mentions(text, null).Where(m => m.HasYear && m.IsDay).Select(m => m.From).ToList();
        // Links quoted in the text (".../2022/01/02/story") carry their own publication dates.
        full.AddRange(TextUrl().Matches(text.Folded).Select(u => FromUrl(u.Value)).OfType<DateOnly>());
        return full.Count > 0 ? full.Max() : null;
    }

    /// <summary>
    /// The incident's date: the first date in the incident sentence, else the first in the body
    /// that is not after the anchor, else the anchor itself.
    /// </summary>
    public static DateMention? Pick(IReadOnlyList<DateMention> mentions, ReportText text, int incidentSentence, DateOnly? anchor)
    {
        // A date that names its weekday ("اليوم الثلاثاء 10 آب") is trusted even after a text-derived anchor.
        var usable = mentions.Where(m => anchor is not { } a || m.From <= a.AddDays(1) || (!m.IsRelative && HasWeekdayBefore(text.Folded, m.Offset))).ToList();
        var inSentence = usable.Where(m => text.SentenceAt(m.Offset) == incidentSentence).ToList();
        // A day beats a month range; "اليوم الاثنين 4 تموز" is how news write the day of the event.
        var chosen = usable.FirstOrDefault(m => m.IsDay && !m.IsRelative && Near(text.SentenceAt(m.Offset), incidentSentence) && HasWeekdayBefore(text.Folded, m.Offset))
            ?? inSentence.FirstOrDefault(m => m.IsDay)
            ?? inSentence.FirstOrDefault();
        if (chosen is not null)
        {
            return chosen;
        }
        var first = usable.FirstOrDefault(m => m.Offset >= text.TitleEnd) ?? usable.FirstOrDefault();
        if (first is not null)
        {
            return first;
        }
        return anchor is { } day ? new DateMention(0, 0, day, day, true, true) : null;
    }

    /// <summary>
    /// The weekday a report gives for its incident ("اليوم الأربعاء", "on Wednesday") when it
    /// names one: the first in the title, else in the body. Without a publication date such a
    /// weekday cannot be placed in time, but matching can still use it to tell incidents apart.
    /// </summary>
    public static DayOfWeek? Weekday(ReportText text)
    {
        var day = Relative().Matches(text.Folded).FirstOrDefault(r => r.Groups["day"].Success);
        return day is null ? null : Weekday(day.Groups["day"].Value);
    }

    /// <summary>The date found in a url path (/2022/08/06/ or 2022-08-06), if any.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }
        // Tweet ids are snowflakes: the top bits count milliseconds since 2010-11-04.
        var tweet = TweetId().Match(url);
        if (tweet.Success && long.TryParse(tweet.Groups["id"].Value, out var id) && id > 1L << 32)
        {
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds((id >> 22) + 1288834974657L).UtcDateTime);
        }
        var m = UrlDate().Match(url);
        return m.Success ? Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)) : null;
    }

    /// <summary>An ISO date or date-time's date part.</summary>
    public static DateOnly? ParseIso(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length < 10)
        {
            return null;
        }
        var day = value.AsSpan(0, 10);
        // The common, well-formed case without the general parser; anything else goes through it.
        if (day is [>= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', '-', >= '0' and <= '9', >= '0' and <= '9', '-', >= '0' and <= '9', >= '0' and <= '9'])
        {
            var year = ((day[0] - '0') * 1000) + ((day[1] - '0') * 100) + ((day[2] - '0') * 10) + (day[3] - '0');
            var month = ((day[5] - '0') * 10) + (day[6] - '0');
            var dayOfMonth = ((day[8] - '0') * 10) + (day[9] - '0');
            if (year >= 1 && month is >= 1 and <= 12 && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, dayOfMonth);
            }
        }
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static void AddDayMonth(List<DateMention> found, Match m, DateOnly? anchor, string folded)
    {
        if (Overlaps(found, m.Index, m.Length))
        {
            return;
        }
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = MonthNames.ByName[m.Groups["m"].Value.TrimEnd('.')];
        if (m.Groups["y"].Success)
        {
            if (Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day) is { } full)
            {
                found.Add(new DateMention(m.Index, m.Length, full, full, true, false));
            }
            return;
        }
        if (YearFromWeekday(folded, m, month, day, anchor) is { } inferred)
        {
            found.Add(new DateMention(m.Index, m.Length, inferred, inferred, false, false));
            return;
        }
        if (anchor is not { } a || Make(a.Year, month, day) is not { } date)
        {
            return;
        }
        // A day and month without a year lie in the year before the anchor when they would be after it.
        if (date > a.AddDays(2))
        {
            date = date.AddYears(-1);
        }
        found.Add(new DateMention(m.Index, m.Length, date, date, false, false));
    }

    /// <summary>
    /// "الجمعة 6 تشرين الأول" without a year: the weekday fixes the year. Take the matching year
    /// nearest the anchor, or the latest up to now without one (the weekday pattern repeats only
    /// every 5 to 11 years, so a roughly right anchor, even a page's crawl date, is enough).
    /// </summary>
    private static DateOnly? YearFromWeekday(string folded, Match m, int month, int day, DateOnly? anchor)
    {
        var from = Math.Max(0, m.Index - 25);
        var to = Math.Min(folded.Length, m.Index + m.Length + 15);
        var near = Relative().Matches(folded[from..to]).FirstOrDefault(r => r.Groups["day"].Success);
        if (near is null)
        {
            return null;
        }
        var weekday = Weekday(near.Groups["day"].Value);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var target = anchor ?? today;
        return Enumerable.Range(2000, today.Year - 1999)
            .Select(year => Make(year, month, day))
            .OfType<DateOnly>()
            .Where(date => date.DayOfWeek == weekday && date <= today)
            .OrderBy(date => Math.Abs(date.DayNumber - target.DayNumber))
            .Select(date => (DateOnly?)date)
            .FirstOrDefault();
    }

    // Photo captions often come first and take the incident sentence; the news sentence follows.
    private static bool Near(int sentence, int incidentSentence) => sentence >= incidentSentence - 2 && sentence <= incidentSentence + 6;

    private static bool HasWeekdayBefore(string folded, int offset) => TodayWeekday().IsMatch(folded.AsSpan(Math.Max(0, offset - 30)..offset));

    private static DateOnly? RelativeDate(Match m, DateOnly anchor)
    {
        var word = m.Groups["w"].Value;
        if (m.Groups["day"].Success)
        {
            var target = Weekday(m.Groups["day"].Value);
            var back = ((int)anchor.DayOfWeek - (int)target + 7) % 7;
            return anchor.AddDays(-back);
        }
        return word switch
        {
            "yesterday" or "last night" or "امس" or "البارحه" => anchor.AddDays(-1),
            "اول امس" or "day before yesterday" => anchor.AddDays(-2),
            _ => anchor,
        };
    }

    private static DayOfWeek Weekday(string name) => name switch
    {
        "sunday" or "الاحد" => DayOfWeek.Sunday,
        "monday" or "الاثنين" => DayOfWeek.Monday,
        "tuesday" or "الثلاثاء" => DayOfWeek.Tuesday,
        "wednesday" or "الاربعاء" => DayOfWeek.Wednesday,
        "thursday" or "الخميس" => DayOfWeek.Thursday,
        "friday" or "الجمعه" => DayOfWeek.Friday,
        _ => DayOfWeek.Saturday,
    };

    private static IEnumerable<Match> MatchesIf(bool possible, Regex pattern, string text) => possible ? pattern.Matches(text) : [];

    /// <summary>Whether the text holds a digit (\d: any script's), and a year as the patterns write one, (19|20)\d\d.</summary>
    private static (bool Digit, bool Year) DigitsIn(string text)
    {
        var digit = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                continue;
            }
            digit = true;
            if (i + 3 < text.Length && (text[i] == '1' && text[i + 1] == '9' || text[i] == '2' && text[i + 1] == '0') && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return (true, true);
            }
        }
        return (digit, false);
    }

    private static bool Overlaps(List<DateMention> found, int offset, int length) =>
        found.Any(f => offset < f.Offset + f.Length && f.Offset < offset + length);

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private const string Months = "كانون الثاني|كانون الاول|تشرين الثاني|تشرين الاول|كانون ثاني|كانون اول|تشرين ثاني|تشرين اول|september|february|december|november|january|october|august|april|march|sept|july|june|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|يناير|فبراير|مارس|ابريل|مايو|يونيو|يونيه|يوليو|يوليه|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|اب";

    // "20/ تشرين الثاني/ 2023", "22 ايلول/سبتمبر 2022", "20 يناير:كانون الثاني من عام 2018": a second name may follow the first.
    [GeneratedRegex(@"(?<![\d/])(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:of\s+|من\s+|[/-]\s*)?(?<m>" + Months + @")(?![\p{L}])(?:\s*[/:(]\s*(?:" + Months + @")(?![\p{L}])\)?)?(?:\s*[,،/-]?\s*(?:من\s+)?(?:عام\s+|سنه\s+)?(?<y>(?:19|20)\d\d)(?!\d))?")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\p{L}])(?<m>" + Months + @")\.?\s+(?<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:\s*,?\s*(?<y>(?:19|20)\d\d)(?!\d))?")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<m>" + Months + @")\s*,?\s*(?<y>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\d/.-])(?:(?<d>[0-3]?\d) ?[/.-] ?(?<m>[01]?\d) ?[/.-] ?(?<y>(?:19|20)\d\d)|(?<iy>(?:19|20)\d\d)[/.-](?<im>[01]?\d)[/.-](?<id>[0-3]?\d))(?![\d/])")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<w>day before yesterday|yesterday|last night|tonight|today|this morning|this evening|اول امس|امس|البارحه|اليوم)|(?:on\s+|last\s+|يوم\s+)?(?<day>sunday|monday|tuesday|wednesday|thursday|friday|saturday|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت))(?![\p{L}])")]
    private static partial Regex Relative();

    // "اليوم الخميس 20 كانون الثاني": the news date; captions write "يوم الأحد 25 يوليو 2021" without "today".
    [GeneratedRegex(@"(?:اليوم|امس|today|yesterday)\s*,?\s*(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s*,?\s*$")]
    private static partial Regex TodayWeekday();

    [GeneratedRegex(@"(?:twitter|x)\.com/[^/]+/status(?:es)?/(?<id>\d{15,20})")]
    private static partial Regex TweetId();

    [GeneratedRegex(@"(?<y>20\d\d)[/_-](?<m>[01]?\d)[/_-](?<d>[0-3]?\d)(?!\d)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"https?://\S+/20\d\d/[01]?\d/[0-3]?\d/\S*")]
    private static partial Regex TextUrl();
}
