using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class CasualtyExtractorTests
{
    private static Casualties Read(string text) => CasualtyExtractor.Extract(new ReportText(null, text).Folded);

    [Fact]
    public void ANumberBeforeKilledIsTheDeathToll()
    {
        var c = Read("The strike left 49 civilians killed and 30 wounded.");
        Assert.Equal(49, c.KilledMin);
        Assert.Equal(49, c.KilledMax);
        Assert.Equal(30, c.InjuredMin);
        Assert.True(c.Civilians);
    }

    [Fact]
    public void KillingFollowedByANumberWordIsRead()
    {
        Assert.Equal(5, Read("Jets bombed the town, killing five people.").KilledMin);
    }

    [Fact]
    public void AtLeastGivesAnOpenRange()
    {
        var c = Read("Russian strikes caused at least 200 civilian deaths.");
        Assert.Equal(200, c.KilledMin);
        Assert.Null(c.KilledMax);
    }

    [Fact]
    public void DozensIsAVagueRange()
    {
        var c = Read("Dozens were killed in the raid.");
        Assert.Equal(24, c.KilledMin);
        Assert.Equal(99, c.KilledMax);
    }

    [Fact]
    public void ArabicDigitsAfterMaqtalAreRead()
    {
        var c = Read("مقتل 5 مدنيين وإصابة 3 آخرين بقصف.");
        Assert.Equal(5, c.KilledMin);
        Assert.Equal(3, c.InjuredMin);
        Assert.True(c.Civilians);
    }

    [Fact]
    public void ArabicNumberWordsAreRead()
    {
        Assert.Equal(3, Read("استشهاد ثلاثة أطفال بغارة روسية.").KilledMin);
    }

    [Fact]
    public void ArabicDualNounsCountTwo()
    {
        Assert.Equal(2, Read("مقتل طفلين بقصف مدفعي.").KilledMin);
    }

    [Fact]
    public void ASingularVictimCountsOne()
    {
        var c = Read("قتيل وجرحى بانفجار في المدينة.");
        Assert.Equal(1, c.KilledMin);
        Assert.Equal(2, c.InjuredMin);
    }

    [Fact]
    public void ArabicTensAreAVagueRange()
    {
        Assert.Equal(20, Read("سقوط عشرات الجرحى بقصف السوق.").InjuredMin);
    }

    [Theory]
    [InlineData("مقتل طفل يبلغ 12 عاماً بقصف مدفعي.", 1)]
    [InlineData("An 11-year-old child died after the shelling.", null)]
    [InlineData("بعد أقل من 24 ساعة من مقتل خمسة مدنيين بقصف جوي.", 5)]
    [InlineData("قذائف هاون على مزارعين في 29 حزيران (يونيو) 2022 يسفر عن مقتل تسعة مدنيين.", 9)]
    public void AgesAndSpansOfTimeAreNotCounts(string text, int? killed)
    {
        Assert.Equal(killed, Read(text).KilledMin);
    }

    [Fact]
    public void TheYearOfAFullEnglishDateIsNotACount()
    {
        Assert.NotEqual(2023, Read("Shelling on Atareb, March 23, 2023 man and woman injured.").InjuredMin);
    }
}
