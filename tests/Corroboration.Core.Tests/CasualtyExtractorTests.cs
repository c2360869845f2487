using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class CasualtyExtractorTests
{
    private static Casualties Read(string text) => CasualtyExtractor.Extract(new ReportText(null, text).Folded);

    [Fact]
    public void A_number_before_killed_is_the_death_toll()
    {
        var c = Read("The strike left 49 civilians killed and 30 wounded.");
        Assert.Equal(49, c.KilledMin);
        Assert.Equal(49, c.KilledMax);
        Assert.Equal(30, c.InjuredMin);
        Assert.True(c.Civilians);
    }

    [Fact]
    public void Killing_followed_by_a_number_word_is_read()
    {
        Assert.Equal(5, Read("Jets bombed the town, killing five people.").KilledMin);
    }

    [Fact]
    public void At_least_gives_an_open_range()
    {
        var c = Read("Russian strikes caused at least 200 civilian deaths.");
        Assert.Equal(200, c.KilledMin);
        Assert.Null(c.KilledMax);
    }

    [Fact]
    public void Dozens_is_a_vague_range()
    {
        var c = Read("Dozens were killed in the raid.");
        Assert.Equal(24, c.KilledMin);
        Assert.Equal(99, c.KilledMax);
    }

    [Fact]
    public void Arabic_digits_after_maqtal_are_read()
    {
        var c = Read("مقتل 5 مدنيين وإصابة 3 آخرين بقصف.");
        Assert.Equal(5, c.KilledMin);
        Assert.Equal(3, c.InjuredMin);
        Assert.True(c.Civilians);
    }

    [Fact]
    public void Arabic_number_words_are_read()
    {
        Assert.Equal(3, Read("استشهاد ثلاثة أطفال بغارة روسية.").KilledMin);
    }

    [Fact]
    public void Arabic_dual_nouns_count_two()
    {
        Assert.Equal(2, Read("مقتل طفلين بقصف مدفعي.").KilledMin);
    }

    [Fact]
    public void A_singular_victim_counts_one()
    {
        var c = Read("قتيل وجرحى بانفجار في المدينة.");
        Assert.Equal(1, c.KilledMin);
        Assert.Equal(2, c.InjuredMin);
    }

    [Fact]
    public void Arabic_tens_are_a_vague_range()
    {
        Assert.Equal(20, Read("سقوط عشرات الجرحى بقصف السوق.").InjuredMin);
    }
}
