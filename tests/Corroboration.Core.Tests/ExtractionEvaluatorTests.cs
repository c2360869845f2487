using Corroboration.Contracts;
using Corroboration.Core.Extraction.Evaluation;

namespace Corroboration.Core.Tests;

public class ExtractionEvaluatorTests
{
    [Fact]
    public void ARegimeAttributionCountsForRussiaOnlyAtTheAllianceLevel()
    {
        var reports = new[]
        {
            new ReportPayload { Id = "r1", Language = "en", Text = "Regime artillery shelled Ariha, killing two civilians." },
            new ReportPayload { Id = "r2", Language = "en", Text = "A Turkish drone strike killed two men in Qamishli." },
        };
        var gold = new[]
        {
            new GoldRow("r1", null, null, null, "Russian Military"),
            new GoldRow("r2", null, null, null, "YPG"),
        };

        var scores = new ExtractionEvaluator(TestGazetteer.Instance).Evaluate(reports, gold);

        Assert.Equal(0, scores.Perpetrator);
        Assert.Equal(0.5, scores.PerpetratorAlliance);
        Assert.Equal(2, scores.PerpetratorLabelled);
    }
}
