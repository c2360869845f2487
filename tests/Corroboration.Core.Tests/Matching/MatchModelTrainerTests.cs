using Corroboration.Core.Extraction;
using Corroboration.Core.Matching;
using Corroboration.Core.Synthetic;

namespace Corroboration.Core.Tests.Matching;

/// <summary>EM learns, from unlabelled claims alone, what a reader knows: same day and same place mean the same incident.</summary>
public sealed class MatchModelTrainerTests
{
    [Fact]
    public void LearnsThatAgreementOnDayAndPlaceIsEvidenceAndAWeekOrMoreApartIsAgainst()
    {
        var places = Gazetteer.LoadBundled();
        var extractor = new ClaimExtractor(places);
        var claims = new SyntheticCorpus(places, seed: 5).Generate(1500)
            .SelectMany(item => ClaimProfile.OfReport(item.Report, extractor.Extract(item.Report).Claims)).ToList();

        var (model, pairs) = MatchModelTrainer.Train(claims, MatchModel.Default);

        Assert.True(pairs > 1000, $"{pairs} pairs compared");
        double Weight(string feature, string level) =>
            model.Features.Single(f => f.Name == feature).Levels.Single(l => l.Name == level).Weight;
        Assert.True(Weight(Comparison.Date, "same day") > 2, "same day");
        Assert.True(Weight(Comparison.Date, "8–31 days apart") < 0, $"8–31 days apart: {Weight(Comparison.Date, "8–31 days apart")}");
        Assert.True(Weight(Comparison.Date, "over a month apart") < -1, $"over a month apart: {Weight(Comparison.Date, "over a month apart")}");
        Assert.True(Weight(Comparison.Distance, "same place") > 2, "same place");
        Assert.True(Weight(Comparison.Distance, "over 50 km") < -1, "over 50 km");
        // Two random claims rarely describe one incident.
        Assert.InRange(model.Prior, 1e-5, 0.05);
    }
}
