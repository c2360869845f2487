using Corroboration.Contracts;
using Corroboration.Core.Evaluation;

namespace Corroboration.Core.Tests.Evaluation;

/// <summary>Hand-computed figures on clusterings small enough to count pairs on paper.</summary>
public class ClusterMetricsTests
{
    private const int Digits = 12;

    /// <summary>"a b c | d | e": three reports of one incident and two of their own.</summary>
    private static readonly Dictionary<string, string> Gold = Labels("a:G1 b:G1 c:G1 d:G2 e:G3");

    private static Dictionary<string, string> Labels(string pairs) =>
        pairs.Split(' ').Select(p => p.Split(':')).ToDictionary(p => p[0], p => p[1]);

    private static void AssertScore(ClusterScore score, double precision, double recall, double f1)
    {
        Assert.Equal(precision, score.Precision, Digits);
        Assert.Equal(recall, score.Recall, Digits);
        Assert.Equal(f1, score.F1, Digits);
    }

    [Fact]
    public void PrecisionAndRecallDifferWhenClustersAreCutInTheWrongPlace()
    {
        // Predicted "a b | c d e": of the pairs ab, cd, ce, de only ab is gold; gold has ab, ac, bc.
        var predicted = Labels("a:X b:X c:Y d:Y e:Y");

        AssertScore(ClusterMetrics.Pairwise(Gold, predicted), 1.0 / 4, 1.0 / 3, 2.0 / 7);
        // Per report (P, R): a (1, 2/3), b (1, 2/3), c (1/3, 1/3), d (1/3, 1), e (1/3, 1).
        AssertScore(ClusterMetrics.BCubed(Gold, predicted), 3.0 / 5, 11.0 / 15, 0.66);
    }

    [Fact]
    public void ThePerfectClusteringScoresOneEverywhere()
    {
        var predicted = Labels("a:X b:X c:X d:Y e:Z");

        AssertScore(ClusterMetrics.Pairwise(Gold, predicted), 1, 1, 1);
        AssertScore(ClusterMetrics.BCubed(Gold, predicted), 1, 1, 1);
    }

    [Fact]
    public void AllSingletonsHaveNoWrongPairsAndFindNone()
    {
        var gold = Labels("a:G1 b:G1 c:G2");
        var predicted = Labels("a:1 b:2 c:3");

        AssertScore(ClusterMetrics.Pairwise(gold, predicted), 1, 0, 0);
        AssertScore(ClusterMetrics.BCubed(gold, predicted), 1, 2.0 / 3, 0.8);
    }

    [Fact]
    public void OneClusterFindsEveryPairAndMostAreWrong()
    {
        var gold = Labels("a:G1 b:G1 c:G2");
        var predicted = Labels("a:X b:X c:X");

        AssertScore(ClusterMetrics.Pairwise(gold, predicted), 1.0 / 3, 1, 0.5);
        AssertScore(ClusterMetrics.BCubed(gold, predicted), 5.0 / 9, 1, 5.0 / 7);
    }

    [Fact]
    public void AGoldReportMissingFromThePredictionIsItsOwnSingletonAndReportsWithoutGoldAreIgnored()
    {
        var gold = Labels("a:G1 b:G1 c:G1");
        var predicted = Labels("a:X b:X z:X");

        var evaluation = ClusterMetrics.Evaluate(gold, predicted);

        Assert.Equal((3, 1, 2, 1), (evaluation.Reports, evaluation.Unassigned, evaluation.PredictedClusters, evaluation.GoldClusters));
        AssertScore(evaluation.Pairwise, 1, 1.0 / 3, 0.5);
        AssertScore(evaluation.BCubed, 1, 5.0 / 9, 2.0 * 5 / 9 / (1 + 5.0 / 9));
    }

    [Fact]
    public void AMissingReportDoesNotJoinAnIncidentThatHappensToCarryItsId()
    {
        var gold = Labels("a:G1 b:G2");
        var predicted = Labels("a:b");

        var evaluation = ClusterMetrics.Evaluate(gold, predicted);

        Assert.Equal(2, evaluation.PredictedClusters);
        AssertScore(evaluation.Pairwise, 1, 1, 1);
    }

    [Fact]
    public void NoGoldReportsScoreOneAsThereIsNothingToGetWrong()
    {
        var evaluation = ClusterMetrics.Evaluate(new Dictionary<string, string>(), Labels("a:X b:X"));

        AssertScore(evaluation.Pairwise, 1, 1, 1);
        AssertScore(evaluation.BCubed, 1, 1, 1);
    }

    [Fact]
    public void GoldIsTheFirstTwoColumnsWithTheLaterLineWinning()
    {
        var gold = ClusterMetrics.ReadGold(["r1\tinc-1\treal\t2023-01-02", "", "r2\tinc-2", "r1\tinc-3"]);

        Assert.Equal(Labels("r1:inc-3 r2:inc-2"), gold);
        Assert.Equal(["r1", "r2"], gold.Keys);
    }

    [Fact]
    public void AGoldLineWithoutATabIsRejectedByNumber()
    {
        var error = Assert.Throws<FormatException>(() => ClusterMetrics.ReadGold(["r1\tinc-1", "r2 inc-2"]));
        Assert.StartsWith("line 2:", error.Message);
    }

    [Fact]
    public void EachGoldReportGoesToTheFirstIncidentListingIt()
    {
        var incidents = new[]
        {
            new IncidentPayload { Id = "inc-1", ReportIds = ["a", "x"] },
            new IncidentPayload { Id = "inc-2", ReportIds = ["a", "b"] },
        };

        var predicted = ClusterMetrics.Assign(Labels("a:G b:G c:G"), incidents);

        Assert.Equal(Labels("a:inc-1 b:inc-2"), predicted);
    }
}
