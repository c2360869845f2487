using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class KeywordExtractorTests
{
    private static string Fold(string text) => new ReportText(null, text).Folded;

    [Fact]
    public void EnglishWeaponsTargetsAndEvidenceAreListed()
    {
        var text = Fold("Witnesses said cluster munitions and a missile hit the market near a mosque; video shows the damage.");
        Assert.Contains("cluster munition", KeywordExtractor.Weapons(text));
        Assert.Contains("missile", KeywordExtractor.Weapons(text));
        Assert.Contains("market", KeywordExtractor.Targets(text));
        Assert.Contains("mosque", KeywordExtractor.Targets(text));
        Assert.Contains("witness", KeywordExtractor.Evidence(text));
        Assert.Contains("imagery", KeywordExtractor.Evidence(text));
    }

    [Fact]
    public void ArabicWeaponsAndTargetsAreListed()
    {
        var text = Fold("استهدفت طائرة مسيّرة مشفى ميدانياً وسقطت براميل متفجرة على مخيم.");
        Assert.Contains("drone", KeywordExtractor.Weapons(text));
        Assert.Contains("barrel bomb", KeywordExtractor.Weapons(text));
        Assert.Contains("hospital", KeywordExtractor.Targets(text));
        Assert.Contains("camp", KeywordExtractor.Targets(text));
    }
}
