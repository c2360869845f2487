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
    public void TheAllegedPerpetratorIsNamedCanonically(string text, string expected)
    {
        Assert.Equal(expected, Who(text));
    }

    [Fact]
    public void AGroupNamedAsTheTargetIsNotThePerpetrator()
    {
        Assert.Equal("US-led Coalition", Who("A coalition drone strike targeted positions of HTS near Idlib, killing two."));
    }
}
