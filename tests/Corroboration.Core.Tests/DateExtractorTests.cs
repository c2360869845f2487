using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class DateExtractorTests
{
    private static DateMention? Pick(string body, string? publishedAt = null, string? url = null)
    {
        var text = new ReportText(null, body);
        var anchor = DateExtractor.Anchor(publishedAt, url, text);
        return DateExtractor.Pick(DateExtractor.Mentions(text, anchor), text, IncidentCues.IncidentSentence(text), anchor);
    }

    [Theory]
    [InlineData("The strike on 29 November 2015 killed 4 people.")]
    [InlineData("The strike on November 29, 2015 killed 4 people.")]
    [InlineData("The strike on 29/11/2015 killed 4 people.")]
    [InlineData("The strike on 2015-11-29 killed 4 people.")]
    [InlineData("قتل 4 مدنيين بغارة يوم 29 تشرين الثاني 2015.")]
    [InlineData("قتل 4 مدنيين بغارة يوم ٢٩ نوفمبر ٢٠١٥.")]
    public void AbsoluteDatesInEnglishAndArabicAreRead(string body)
    {
        Assert.Equal(new DateOnly(2015, 11, 29), Pick(body)?.From);
    }

    [Fact]
    public void YesterdayCountsBackFromThePublicationDate()
    {
        Assert.Equal(new DateOnly(2022, 8, 5), Pick("A drone strike killed two men yesterday.", "2022-08-06T10:00:00Z")?.From);
    }

    [Fact]
    public void AWeekdayIsTheMostRecentOneOnOrBeforePublication()
    {
        // 2022-08-06 is a Saturday; the Sunday before is 2022-07-31.
        Assert.Equal(new DateOnly(2022, 7, 31), Pick("Shelling on Sunday killed a child.", "2022-08-06")?.From);
    }

    [Fact]
    public void ArabicEveningOfYesterdayCountsBackOneDay()
    {
        Assert.Equal(new DateOnly(2022, 8, 5), Pick("قتل مدني بقصف مدفعي مساء أمس.", "2022-08-06")?.From);
    }

    [Fact]
    public void WithoutPublicationDateTheLatestFullDateInTheTextAnchorsToday()
    {
        Assert.Equal(new DateOnly(2022, 2, 21), Pick("21/02/2022\nأصيب أربعة أطفال بقصف اليوم.")?.From);
    }

    [Fact]
    public void ADayAndMonthTakeTheirYearFromTheUrl()
    {
        Assert.Equal(new DateOnly(2021, 11, 7), Pick("قتل شخص مساء اليوم الأحد 7 تشرين الثاني بقصف جوي.", url: "https://example.org/2021/11/08/story")?.From);
    }

    [Fact]
    public void AWeekdayWithDayAndMonthFixesTheYear()
    {
        // Friday 6 October: 2023 is the latest such year up to now.
        Assert.Equal(new DateOnly(2023, 10, 6), Pick("غارات روسية اليوم الجمعة 6 تشرين الأول أدت لمقتل طفل.")?.From);
    }

    [Fact]
    public void AMonthAloneGivesARange()
    {
        var date = Pick("Dozens were killed in strikes in March 2016.");
        Assert.Equal(new DateOnly(2016, 3, 1), date?.From);
        Assert.Equal(new DateOnly(2016, 3, 31), date?.To);
    }

    [Fact]
    public void ATweetUrlGivesThePublicationDate()
    {
        Assert.Equal(new DateOnly(2022, 2, 15), DateExtractor.FromUrl("https://twitter.com/someone/status/1493670906396352517"));
    }

    [Theory]
    [InlineData("أصيب مدني اليوم السبت 21 كانون ثاني/ يناير بقصف مدفعي.", 2023, 1, 21)]
    [InlineData("حصاد الأحداث الميدانية ليوم الاثنين 20/ تشرين الثاني/ 2023 بقصف مدفعي.", 2023, 11, 20)]
    [InlineData("قصفت قوات الأسد مساء اليوم الاثنين 4تموز/يوليو 2022 بلدة معرة النعسان.", 2022, 7, 4)]
    [InlineData("نفذ العدو عدواناً جوياً حوالي الساعة 23:35 من يوم 1/ 5 / 2023 وقتل مدنيان.", 2023, 5, 1)]
    public void ArabicDatesWithSlashesSecondMonthNamesAndNoArticleAreRead(string body, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Pick(body)?.From);
    }

    [Fact]
    public void ADayAndMonthNameJoinedByASlashAreRead()
    {
        Assert.Equal(new DateOnly(2023, 8, 16), Pick("قتل مدني بقصف مدفعي اليوم الأربعاء 16/آب.", url: "https://example.org/2023/08/20/story")?.From);
    }

    [Fact]
    public void AWeekdayPicksTheYearNearestTheAnchor()
    {
        // Thursday 2 September fell in 2021 and next in 2027: the url's year decides.
        Assert.Equal(new DateOnly(2021, 9, 2), Pick("مقتل امرأة، اليوم الخميس 2 أيلول، بقصف مدفعي.", url: "https://example.org/2021/09/05/story")?.From);
    }

    [Fact]
    public void TheNewsSentenceDateBeatsAnOlderPhotoCaption()
    {
        var body = "انتشال ضحايا القصف على بلدة - 18 تموز 2021 (الدفاع المدني)\nقتلت طفلة بقصف مدفعي، اليوم الثلاثاء 10 آب، على البلدة.";
        Assert.Equal(new DateOnly(2021, 8, 10), Pick(body)?.From);
    }

    [Fact]
    public void ALinkQuotedInTheTextAnchorsRelativeDates()
    {
        Assert.Equal(new DateOnly(2022, 1, 1), Pick("A strike yesterday killed two. https://news.example.org/2022/01/02/strike-report")?.From);
    }

    [Theory]
    [InlineData("قتل مدني بقصف مدفعي اليوم الأربعاء على البلدة.", DayOfWeek.Wednesday)]
    [InlineData("A drone strike on Friday killed two men.", DayOfWeek.Friday)]
    public void AWeekdayWithoutAnAnchorIsStillReported(string body, DayOfWeek expected)
    {
        var text = new ReportText(null, body);
        Assert.Null(Pick(body));
        Assert.Equal(expected, DateExtractor.Weekday(text));
    }

    [Fact]
    public void TextWithoutAWeekdayHasNone()
    {
        Assert.Null(DateExtractor.Weekday(new ReportText(null, "A drone strike killed two men.")));
    }

    [Theory]
    [InlineData("2023-10-05")]
    [InlineData("2023-10-05T08:00:00Z")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2023-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2023/10/05")]
    [InlineData("2023-1-05xx")]
    [InlineData("٢٠٢٣-١٠-٠٥")]
    [InlineData(" 2023-10-05")]
    public void IsoDatesParseAsTheGeneralParserDoes(string value)
    {
        DateOnly? expected = DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
        Assert.Equal(expected, DateExtractor.ParseIso(value));
    }
}
