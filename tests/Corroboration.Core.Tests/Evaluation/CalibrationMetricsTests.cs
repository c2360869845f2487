using Corroboration.Contracts;
using Corroboration.Core.Evaluation;

namespace Corroboration.Core.Tests.Evaluation;

/// <summary>Hand-computed calibration figures on a few cases.</summary>
public class CalibrationMetricsTests
{
    private const int Digits = 12;

    [Fact]
    public void ConfidenceThatMatchesTheShareRealInEachBinHasNoCalibrationError()
    {
        // Bin 0.2–0.3: 0.25 four times, one real. Bin 0.7–0.8: 0.75 four times, three real.
        var cases = new[] { (0.25, true), (0.25, false), (0.25, false), (0.25, false), (0.75, true), (0.75, true), (0.75, true), (0.75, false) };

        Assert.Equal(0, CalibrationMetrics.ExpectedCalibrationError(CalibrationMetrics.Bins(cases)), Digits);
    }

    [Fact]
    public void TheErrorIsEachBinsGapWeightedByItsShareOfCases()
    {
        // Three cases at 0.9, one real: gap 0.9 − 1/3. One at 0.1, real: gap 0.9. Weights 3/4 and 1/4.
        var cases = new[] { (0.9, true), (0.9, false), (0.9, false), (0.1, true) };

        Assert.Equal((0.75 * (0.9 - (1.0 / 3))) + (0.25 * 0.9), CalibrationMetrics.ExpectedCalibrationError(CalibrationMetrics.Bins(cases)), Digits);
    }

    [Fact]
    public void EveryBinIsListedAndAConfidenceOfOneFallsInTheLast()
    {
        var bins = CalibrationMetrics.Bins([(1.0, true), (0.0, false), (0.1, true)]);

        Assert.Equal(10, bins.Count);
        Assert.Equal((0.9, 1.0, 1, 1.0), (bins[9].From, bins[9].To, bins[9].Count, bins[9].Observed));
        Assert.Equal((1, 1), (bins[0].Count, bins[1].Count));
        Assert.All(bins.Skip(2).Take(7), b => Assert.Equal(0, b.Count));
    }

    [Theory]
    [InlineData(new[] { 0.9, 0.8 }, new[] { 0.1, 0.2 }, 1.0)]
    [InlineData(new[] { 0.1, 0.2 }, new[] { 0.9, 0.8 }, 0.0)]
    [InlineData(new[] { 0.5, 0.5 }, new[] { 0.5 }, 0.5)]
    // Pairs (real, hoax): (3,1) win, (3,2) win, (2,1) win, (2,2) tie, (1,1) tie, (1,2) loss: (3 + 2 × 0.5) / 6.
    [InlineData(new[] { 3.0, 2.0, 1.0 }, new[] { 1.0, 2.0 }, 4.0 / 6)]
    public void AucIsTheChanceARealCaseOutscoresAHoaxWithTiesCountingHalf(double[] real, double[] hoax, double expected)
    {
        var cases = real.Select(s => (s, true)).Concat(hoax.Select(s => (s, false))).ToList();

        Assert.Equal(expected, CalibrationMetrics.Auc(cases), Digits);
    }

    [Fact]
    public void AucIsOneHalfWhenOnlyOneClassIsPresent()
    {
        Assert.Equal(0.5, CalibrationMetrics.Auc([(0.9, true), (0.2, true)]));
    }

    [Fact]
    public void EachIncidentIsRealWhenTheGoldIncidentMostOfItsReportsDescribeIsReal()
    {
        var gold = VeracityGold.Read(["a\tG1\treal", "b\tG1\treal", "c\tH\thoax", "d\tH\thoax", "e\tG2\treal"]);
        IncidentPayload Incident(string id, double confidence, params string[] reports) =>
            new() { Id = id, Confidence = confidence, Grade = "weak", ReportIds = reports };

        var evaluation = CalibrationMetrics.Evaluate(gold,
        [
            Incident("x", 0.95, "a", "b", "c"), // two of G1, one hoax report: real
            Incident("y", 0.35, "c", "d"),
            Incident("z", 0.85, "e"),
            Incident("w", 0.5, "not-in-gold"),
        ]);

        Assert.Equal((3, 2, 1), (evaluation.Incidents, evaluation.Real, evaluation.Hoax));
        Assert.Equal(1.0, evaluation.ConfidenceAuc, Digits);
        // Report counts: real 3 and 1, hoax 2: one win, one loss.
        Assert.Equal(0.5, evaluation.ReportCountAuc, Digits);
        Assert.Equal(((1 / 3.0) * 0.35) + ((1 / 3.0) * 0.15) + ((1 / 3.0) * 0.05), evaluation.ExpectedCalibrationError, Digits);
    }

    [Fact]
    public void GoldWithoutTheVeracityColumnGivesNoTruth()
    {
        var gold = VeracityGold.Read(["a\tG1", "", "b\tG2\treal"]);

        Assert.Equal(1, gold.Reports);
        Assert.Null(gold.Truth(["a"]));
        Assert.True(gold.Truth(["a", "b"]));
    }

    [Fact]
    public void AVeracityOtherThanRealOrHoaxFailsNamingTheLine()
    {
        var error = Assert.Throws<FormatException>(() => VeracityGold.Read(["a\tG1\treal", "b\tG2\tmaybe"]));

        Assert.Contains("line 2", error.Message);
    }
}
