using Corroboration.Contracts;
using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class ClaimExtractorTests
{
    private static readonly ClaimExtractor Extractor = new(TestGazetteer.Instance);

    [Fact]
    public void AnArabicPostYieldsOneFullClaim()
    {
        var report = new ReportPayload
        {
            Id = "t1",
            PublishedAt = "2023-10-06",
            Text = "استهدفت غارات الطيران الروسي قرية البارة في ريف إدلب اليوم، ما أدى لمقتل ثلاثة مدنيين بينهم طفل وإصابة 4 آخرين، وفق الدفاع المدني.",
        };
        var result = Extractor.Extract(report);
        Assert.Equal("ar", result.Language);
        var claim = Assert.Single(result.Claims);
        Assert.Equal("2023-10-06", claim.OccurredOn);
        Assert.Equal("Al Bara", claim.Place);
        Assert.Equal("Idlib", claim.Admin1);
        Assert.Equal("Syria", claim.Country);
        Assert.Equal(3, claim.KilledMin);
        Assert.Equal(4, claim.InjuredMin);
        Assert.True(claim.Civilians);
        Assert.Equal("Russia", claim.Perpetrator);
        Assert.Contains("airstrike", claim.Weapons!);
        Assert.Contains("White Helmets", claim.Cites!);
    }

    [Fact]
    public void AnUndatedPostKeepsItsWeekday()
    {
        var report = new ReportPayload
        {
            Id = "t-weekday",
            Text = "استهدفت غارات الطيران الروسي قرية البارة في ريف إدلب اليوم الجمعة، ما أدى لمقتل ثلاثة مدنيين.",
        };
        var claim = Assert.Single(Extractor.Extract(report).Claims);
        Assert.Null(claim.OccurredOn);
        Assert.Equal("friday", claim.OccurredWeekday);
    }

    [Fact]
    public void EmptyTextYieldsNoClaimButAReason()
    {
        var result = Extractor.Extract(new ReportPayload { Id = "t2", Language = "en", Text = "" });
        Assert.Empty(result.Claims);
        Assert.Equal(ExtractionResult.EmptyText, result.Reason);
    }

    [Fact]
    public void ARecapOfAmnestyFindingsBecomesSeveralClaimsWithTheMarketFirst()
    {
        // Paraphrase in the style of a news story about an NGO report, written for this test.
        var report = new ReportPayload
        {
            Id = "t3",
            Title = "Rights group says Russian strikes killed civilians",
            Text = "Amnesty International said Russian air strikes were responsible for at least 200 civilian deaths in Syria.\n\n"
                + "On 29 November 2015, three missiles hit a busy market in Ariha, which resulted in the death of 49 civilians, according to Amnesty.\n\n"
                + "On 15 October 2015, a strike on a mosque in Khan Sheikhoun killed 12 people, witnesses said.\n\n"
                + "Moscow has denied targeting civilians.",
        };
        var claims = Extractor.Extract(report).Claims;
        Assert.True(claims.Count >= 2);
        Assert.Equal("Ariha", claims[0].Place);
        Assert.Equal(49, claims[0].KilledMin);
        Assert.Equal("2015-11-29", claims[0].OccurredOn);
        Assert.Contains("market", claims[0].Targets!);
        Assert.Contains(claims, c => c.Place == "Khan Sheikhoun" && c.KilledMin == 12 && c.OccurredOn == "2015-10-15");
        Assert.All(claims, c => Assert.Equal("Russia", c.Perpetrator));
        Assert.Null(claims[0].Stance);
    }
}
