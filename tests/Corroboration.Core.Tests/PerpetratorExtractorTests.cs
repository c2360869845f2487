using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class PerpetratorExtractorTests
{
    private static string Who(string text)
    {
        var t = new ReportText(null, text);
        return PerpetratorExtractor.Extract(t, IncidentCues.IncidentSentence(t));
    }

    private static IReadOnlyList<string> AlsoBlamed(string text)
    {
        var t = new ReportText(null, text);
        return PerpetratorExtractor.AlsoBlamed(PerpetratorExtractor.Weigh(t, IncidentCues.IncidentSentence(t)));
    }

    [Theory]
    [InlineData("Russian jets struck the market, killing 10.", "Russia")]
    [InlineData("A US-led coalition drone strike killed a man.", "US-led Coalition")]
    [InlineData("Turkish artillery shelled the village, wounding two.", "Turkey")]
    [InlineData("Saudi-led coalition jets struck a wedding hall in Hajjah, killing 20.", "Saudi-led Coalition")]
    [InlineData("قتل 8 مدنيين بغارة لطيران التحالف بقيادة السعودية على صعدة.", "Saudi-led Coalition")]
    [InlineData("قضى شخص جراء غارات للتحالف بقيادة السعودية استهدفت مدينة ذمار.", "Saudi-led Coalition")]
    [InlineData("Houthi missile fire killed 10 civilians in Aden.", "Houthis")]
    [InlineData("قتل 3 مدنيين بغارة للطيران الروسي.", "Russia")]
    [InlineData("قصف مدفعي لقوات الأسد على البلدة أدى لمقتل طفل.", "Syrian government")]
    [InlineData("استهدفت مسيرة تركية سيارة في القامشلي.", "Turkey")]
    [InlineData("قصفت قسد مدينة إعزاز بالصواريخ.", "SDF")]
    [InlineData("غارة للتحالف الدولي قتلت قيادياً.", "US-led Coalition")]
    [InlineData("The rain fell all day.", "Unknown")]
    public void TheAllegedPerpetratorIsNamedCanonically(string text, string expected)
    {
        Assert.Equal(expected, Who(text));
    }

    [Fact]
    public void AGroupNamedAsTheTargetIsNotThePerpetrator()
    {
        Assert.Equal("US-led Coalition", Who("A coalition drone strike targeted positions of HTS near Idlib, killing two."));
    }

    [Theory]
    [InlineData("A Turkish drone targeted SDF positions near Qamishli, killing two.", "Turkey")]
    [InlineData("SDF shelling on a Turkish base wounded three soldiers.", "SDF")]
    [InlineData("A Coalition strike killed an IS leader near Idlib.", "US-led Coalition")]
    [InlineData("The SDF, with the support of the international coalition, carried out a raid, killing two people.", "US-led Coalition")]
    [InlineData("غارات جوية إسرائيلية تستهدف مواقع الميليشيات الإيرانية في ريف حماة.", "Israel")]
    [InlineData("استشهد مدنيان جراء عدوان إسرائيلي على محيط دمشق.", "Israel")]
    [InlineData("قتلى وجرحى من قوات النظام بقصف طائرة مسيرة تركية.", "Turkey")]
    [InlineData("مقتل امرأة بقصف صاروخي مصدره مناطق سيطرة قسد استهدف مدينة اعزاز.", "SDF")]
    [InlineData("نفذت قسد بمساندة طيران التحالف الدولي عملية أمنية قتل خلالها شاب.", "US-led Coalition")]
    [InlineData("جرحى مدنيون بقصف مدفعي للجيش السوري على قرية معربليت.", "Syrian government")]
    [InlineData("قتلى وجرحى مدنيون بقصف لميليشيا اسد على سرمدا.", "Syrian government")]
    public void TheDoerWinsOverTheTarget(string text, string expected)
    {
        Assert.Equal(expected, Who(text));
    }

    [Fact]
    public void NamesJoinedByAndShareTheirRole()
    {
        // The source of the shelling is both; the target (Turkish-backed factions) is neither.
        Assert.Equal("SDF", Who("قصف صاروخي لقسد وقوات النظام على مناطق سيطرة الفصائل الموالية لتركيا قتل طفلاً. قسد تقصف اعزاز."));
    }

    [Theory]
    [InlineData("إصابة 4 أطفال بقصف مدفعي لقوات النظام وروسيا استهدف مدينة جسر الشغور.", "Russia")]
    [InlineData("Russian or regime warplanes struck the market in Ariha, killing five.", "Syrian government")]
    public void APartyNamedAsADoerBesideTheMainOneIsAlsoBlamed(string text, string also)
    {
        Assert.Equal([also], AlsoBlamed(text));
    }

    [Theory]
    [InlineData("A Turkish drone targeted SDF positions near Qamishli, killing two.")]
    [InlineData("Russian jets struck the market in Ariha, killing 10. Rescuers searched the rubble. Shops stayed shut. Schools closed. "
        + "Months earlier the regime shelled a village near Hama.")]
    [InlineData("Russian jets struck Ariha, killing 10. Russian warplanes returned at night. The regime shelled a village near Hama.")]
    [InlineData("The rain fell all day.")]
    [InlineData("قضى شخص جراء غارات للتحالف بقيادة السعودية استهدفت مدينة ذمار.")]
    public void ATargetOrAPassingMentionIsNotAlsoBlamed(string text)
    {
        Assert.Empty(AlsoBlamed(text));
    }
}
