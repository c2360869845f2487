using Corroboration.Cli.LoadTest;

namespace Corroboration.Cli.Tests;

/// <summary>The load test's arithmetic: percentiles, throughput and what counts as scored (no timing).</summary>
public sealed class LoadTestFiguresTests
{
    [Fact]
    public void PercentilesAreNearestRankOverTheSortedLatencies()
    {
        var summary = new LatencySummary(Enumerable.Range(1, 100).Select(i => (double)(101 - i)));

        Assert.Equal(50, summary.Percentile(0.5));
        Assert.Equal(95, summary.Percentile(0.95));
        Assert.Equal(99, summary.Percentile(0.99));
        Assert.Equal(1, summary.Percentile(0));
        Assert.Equal(100, summary.Max);
        Assert.Equal("p50 50 ms, p95 95 ms, p99 99 ms, max 100 ms", summary.ToString());
    }

    [Fact]
    public void ASingleLatencyIsEveryPercentileAndNoneIsNoSamples()
    {
        Assert.Equal(7, new LatencySummary([7]).Percentile(0.99));
        Assert.True(double.IsNaN(new LatencySummary([]).Percentile(0.5)));
        Assert.Equal("no samples", new LatencySummary([]).ToString());
    }

    [Fact]
    public void ThroughputCountsFromTheFirstSendToTheLastAnswerAndTheLastScore()
    {
        // Four reports sent at 0, 250, 500, 750 ms, each answered 250 ms later and scored 1 s after that.
        var reports = Enumerable.Range(0, 4).Select(i => new ReportTimes(i * 250, i * 250 + 250, i * 250 + 1250, 1)).ToList();
        var run = new LoadSnapshot(reports, Calls: 4, Failures: new Dictionary<string, int>());

        Assert.Equal(1.0, run.SubmissionSeconds, 6);
        Assert.Equal(4.0, run.AcceptedPerSecond, 6);
        Assert.Equal(4.0, run.CallsPerSecond, 6);
        Assert.Equal(2.0, run.ScoredPerSecond, 6); // 4 scored between 0 and 2 s
        Assert.Equal(1000, run.AcceptedToScored.Percentile(0.99));
        Assert.Equal(1250, run.SentToScored.Percentile(0.5));
    }

    [Fact]
    public void ReportsWithoutClaimsOrAnswerAreNotExpectedAndUnscoredOnesAreNotCounted()
    {
        var reports = new List<ReportTimes>
        {
            new(0, 10, 100, 2),
            new(0, 10, double.NaN, 1), // never scored
            new(0, 10, double.NaN, 0), // no claims: joins no incident
            new(0, double.NaN, double.NaN, 0), // the call failed
        };
        var run = new LoadSnapshot(reports, Calls: 4, Failures: new Dictionary<string, int> { ["Unavailable"] = 1 });

        Assert.Equal(3, run.Accepted);
        Assert.Equal(2, run.Expected);
        Assert.Equal(1, run.Scored);
        Assert.Equal(1, run.AcceptedToScored.Count);
    }

    [Fact]
    public void AScoreBeforeTheStreamsAnswerCountsAsNoLatencyAndIsReported()
    {
        var run = new LoadSnapshot([new ReportTimes(0, 500, 300, 1)], Calls: 1, Failures: new Dictionary<string, int>());

        Assert.Equal(0, run.AcceptedToScored.Max);
        Assert.Equal(300, run.SentToScored.Max);
        Assert.Equal(1, run.ScoredBeforeAnswer);
    }

    [Fact]
    public void SustainedRateLeavesOutTheFirstAndLastTenthOfScores()
    {
        // 100 scores, one per 10 ms, except the last ten which straggle in a second apart.
        var times = Enumerable.Range(0, 90).Select(i => i * 10.0).Concat(Enumerable.Range(1, 10).Select(i => 900 + i * 1000.0));
        var run = new LoadSnapshot(times.Select(t => new ReportTimes(0, 0, t, 1)).ToList(), Calls: 1, Failures: new Dictionary<string, int>());

        Assert.Equal(100.0, run.SustainedScoredPerSecond, 6); // 10th to 90th: 80 intervals of 10 ms
        Assert.True(run.ScoredPerSecond < 10);
    }
}
