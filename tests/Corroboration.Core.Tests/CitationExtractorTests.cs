using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class CitationExtractorTests
{
    private static IReadOnlyList<string> Cites(string text, string? own = null) => CitationExtractor.Cites(new ReportText(null, text).Folded, own);

    [Fact]
    public void EnglishAttributionsGiveCanonicalNames()
    {
        var cites = Cites("According to Amnesty, the strike killed 12. HRW reported cluster munitions.");
        Assert.Equal(["Amnesty International", "Human Rights Watch"], cites);
    }

    [Fact]
    public void ArabicAttributionsGiveCanonicalNames()
    {
        Assert.Equal(["Syrian Observatory for Human Rights"], Cites("قتل 3 مدنيين وفق المرصد السوري لحقوق الإنسان."));
    }

    [Fact]
    public void TheReportsOwnPublisherIsNotACitation()
    {
        Assert.Empty(Cites("Amnesty International said the attack was unlawful.", "Amnesty International"));
    }

    [Fact]
    public void ADenialInTheLeadMakesTheStanceDenies()
    {
        Assert.Equal("denies", CitationExtractor.Stance(new ReportText("Ministry denies strike on hospital", "The ministry said no such strike happened.")));
        Assert.Equal("denies", CitationExtractor.Stance(new ReportText(null, "نفت وزارة الدفاع استهداف المدنيين.")));
        Assert.Null(CitationExtractor.Stance(new ReportText(null, "Jets killed five people in the market.")));
    }

    [Fact]
    public void AFactChecksVerdictDeniesTheIncident()
    {
        Assert.Equal("denies", CitationExtractor.Stance(new ReportText(
            "Fact check: no attack on Khan Touman",
            "Claims that Turkish shelling hit Khan Touman on Tuesday and killed four civilians are false. The images were taken in an earlier attack.")));
    }
}
