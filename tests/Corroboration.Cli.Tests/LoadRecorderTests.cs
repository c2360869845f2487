using Corroboration.Cli.LoadTest;

namespace Corroboration.Cli.Tests;

/// <summary>What the load test records of each report, and how it reads its options.</summary>
public sealed class LoadRecorderTests
{
    [Fact]
    public void OnlyTheFirstScoreListingAReportOfThisRunCounts()
    {
        var recorder = new LoadRecorder(["a", "b"]);
        recorder.Sent(0, 1);
        recorder.Accepted(0, 5, claims: 1);
        recorder.Scored("a", 40);
        recorder.Scored("a", 90);
        recorder.Scored("someone-else", 50);

        var report = recorder.Snapshot().Reports[0];
        Assert.Equal(40, report.Scored);
        Assert.Equal((1, 1), (recorder.Expected, recorder.ScoredExpected));
        Assert.Equal(40, recorder.LastScored);
    }

    [Fact]
    public void AScoreSeenBeforeTheAnswerCountsOnceTheAnswerSaysItHadClaims()
    {
        var recorder = new LoadRecorder(["a"]);
        recorder.Scored("a", 10);
        Assert.Equal((0, 0), (recorder.Expected, recorder.ScoredExpected));

        recorder.Accepted(0, 20, claims: 2);

        Assert.Equal((1, 1), (recorder.Expected, recorder.ScoredExpected));
    }

    [Fact]
    public void FailuresAreCountedByReasonAndCallsByAnswer()
    {
        var recorder = new LoadRecorder(["a", "b", "c"]);
        recorder.Failed("ResourceExhausted");
        recorder.Failed("ResourceExhausted");
        recorder.Failed("unchanged");
        recorder.Called();

        var run = recorder.Snapshot();
        Assert.Equal(2, run.Failures["ResourceExhausted"]);
        Assert.Equal(1, run.Failures["unchanged"]);
        Assert.Equal(1, run.Calls);
    }

    [Fact]
    public void ReportsAreDueEvenlyAtTheRateOrAllAtOnce()
    {
        Assert.Equal(0, new RateSchedule(500).DueMilliseconds(0));
        Assert.Equal(2, new RateSchedule(500).DueMilliseconds(1));
        Assert.Equal(2000, new RateSchedule(500).DueMilliseconds(1000));
        Assert.Equal(0, new RateSchedule(null).DueMilliseconds(1000));
    }

    [Theory]
    [InlineData("max", null)]
    [InlineData("500", 500.0)]
    [InlineData("12.5", 12.5)]
    public void RateIsANumberOrMax(string text, double? rate) => Assert.Equal(rate, LoadTestOptions.ParseRate(text));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("fast")]
    public void OtherRatesAreUsageErrors(string text) => Assert.Throws<UsageException>(() => LoadTestOptions.ParseRate(text));

    [Fact]
    public void OptionsTakeTheirDefaultsByMode()
    {
        var stream = LoadTestOptions.Parse(CommandLine.Parse(["loadtest", "--reports", "10", "--rate", "max", "--stream", "--run", "x"]));
        var unary = LoadTestOptions.Parse(CommandLine.Parse(["loadtest", "--reports", "10", "--rate", "50", "--unary", "--concurrency", "8"]));

        Assert.Equal((SubmissionMode.Stream, 10, (double?)null, 100, 4, 7), (stream.Mode, stream.Reports, stream.Rate, stream.Batch, stream.Concurrency, stream.Seed));
        Assert.Equal("ltx-syn-7-1", stream.ReportId("syn-7-1"));
        Assert.Equal((SubmissionMode.Unary, 50.0, 8), (unary.Mode, unary.Rate, unary.Concurrency));
    }

    [Theory]
    [InlineData("--reports", "10", "--rate", "max")]
    [InlineData("--reports", "10", "--rate", "max", "--unary", "--stream")]
    [InlineData("--rate", "max", "--unary")]
    [InlineData("--reports", "10", "--unary")]
    [InlineData("--reports", "10", "--rate", "max", "--unary", "--batchs", "5")]
    public void MissingOrContradictoryOptionsAreUsageErrors(params string[] options) =>
        Assert.Throws<UsageException>(() => LoadTestOptions.Parse(CommandLine.Parse(["loadtest", .. options])));
}
