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
    public void Absolute_dates_in_english_and_arabic_are_read(string body)
    {
        Assert.Equal(new DateOnly(2015, 11, 29), Pick(body)?.From);
    }

    [Fact]
    public void Yesterday_counts_back_from_the_publication_date()
    {
        Assert.Equal(new DateOnly(2022, 8, 5), Pick("A drone strike killed two men yesterday.", "2022-08-06T10:00:00Z")?.From);
    }

    [Fact]
    public void A_weekday_is_the_most_recent_one_on_or_before_publication()
    {
        // 2022-08-06 is a Saturday; the Sunday before is 2022-07-31.
        Assert.Equal(new DateOnly(2022, 7, 31), Pick("Shelling on Sunday killed a child.", "2022-08-06")?.From);
    }

    [Fact]
    public void Arabic_evening_of_yesterday_counts_back_one_day()
    {
        Assert.Equal(new DateOnly(2022, 8, 5), Pick("قتل مدني بقصف مدفعي مساء أمس.", "2022-08-06")?.From);
    }

    [Fact]
    public void Without_publication_date_the_latest_full_date_in_the_text_anchors_today()
    {
        Assert.Equal(new DateOnly(2022, 2, 21), Pick("21/02/2022\nأصيب أربعة أطفال بقصف اليوم.")?.From);
    }

    [Fact]
    public void A_day_and_month_take_their_year_from_the_url()
    {
        Assert.Equal(new DateOnly(2021, 11, 7), Pick("قتل شخص مساء اليوم الأحد 7 تشرين الثاني بقصف جوي.", url: "https://example.org/2021/11/08/story")?.From);
    }

    [Fact]
    public void A_weekday_with_day_and_month_fixes_the_year()
    {
        // Friday 6 October: 2023 is the latest such year up to now.
        Assert.Equal(new DateOnly(2023, 10, 6), Pick("غارات روسية اليوم الجمعة 6 تشرين الأول أدت لمقتل طفل.")?.From);
    }

    [Fact]
    public void A_month_alone_gives_a_range()
    {
        var date = Pick("Dozens were killed in strikes in March 2016.");
        Assert.Equal(new DateOnly(2016, 3, 1), date?.From);
        Assert.Equal(new DateOnly(2016, 3, 31), date?.To);
    }

    [Fact]
    public void A_tweet_url_gives_the_publication_date()
    {
        Assert.Equal(new DateOnly(2022, 2, 15), DateExtractor.FromUrl("https://twitter.com/someone/status/1493670906396352517"));
    }
}
