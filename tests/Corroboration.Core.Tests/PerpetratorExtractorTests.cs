using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class PerpetratorExtractorTests
{
    private static string Who(string text)
    {
        var t = new ReportText(null, text);
        return PerpetratorExtractor.Extract(t, IncidentCues.IncidentSentence(t));
    }

    [Theory]
    [InlineData("Russian jets struck the market, killing 10.", "Russia")]
    [InlineData("A US-led coalition drone strike killed a man.", "US-led Coalition")]
    [InlineData("Turkish artillery shelled the village, wounding two.", "Turkey")]
    [InlineData("قتل 3 مدنيين بغارة للطيران الروسي.", "Russia")]
    [InlineData("قصف مدفعي لقوات الأسد على البلدة أدى لمقتل طفل.", "Syrian government")]
    [InlineData("استهدفت مسيرة تركية سيارة في القامشلي.", "Turkey")]
    [InlineData("قصفت قسد مدينة إعزاز بالصواريخ.", "SDF")]
    [InlineData("غارة للتحالف الدولي قتلت قيادياً.", "US-led Coalition")]
    [InlineData("The rain fell all day.", "Unknown")]
    public void The_alleged_perpetrator_is_named_canonically(string text, string expected)
    {
        Assert.Equal(expected, Who(text));
    }

    [Fact]
    public void A_group_named_as_the_target_is_not_the_perpetrator()
    {
        Assert.Equal("US-led Coalition", Who("A coalition drone strike targeted positions of HTS near Idlib, killing two."));
    }
}
