using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Corroboration.ServiceDefaults.Telemetry;

/// <summary>
/// The pipeline's own measurements (meter <see cref="MeterName"/>): reports ingested, how long
/// linking a report and scoring an incident change take, and how long a message waited on the
/// bus. Prometheus names are listed in the README ("Operations").
/// </summary>
public sealed class PipelineMetrics
{
    public const string MeterName = "Corroboration";

    // Seconds, from a millisecond to a minute: the SDK's default buckets are sized for milliseconds.
    private static readonly InstrumentAdvice<double> Seconds = new()
    {
        HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    };

    private readonly Counter<long> _reportsIngested;
    private readonly Histogram<double> _linkDuration;
    private readonly Histogram<double> _scoreDuration;
    private readonly Histogram<double> _consumeLag;

    public PipelineMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _reportsIngested = meter.CreateCounter<long>(
            "corroboration.reports.ingested", description: "Reports stored by Ingest, new or updated (rate: reports per second)");
        _linkDuration = meter.CreateHistogram(
            "corroboration.matching.link.duration", "s", "Time Matching takes to link one ingested report to incidents", advice: Seconds);
        _scoreDuration = meter.CreateHistogram(
            "corroboration.scoring.score.duration", "s", "Time Scoring takes to score one incident change", advice: Seconds);
        _consumeLag = meter.CreateHistogram(
            "corroboration.bus.consume.lag", "s", "Time from a message sent on the bus to a consumer starting on it", advice: Seconds);
    }

    /// <param name="outcome">accepted (new) or updated.</param>
    public void ReportIngested(string outcome) => _reportsIngested.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Linked(TimeSpan elapsed) => _linkDuration.Record(elapsed.TotalSeconds);

    public void Scored(TimeSpan elapsed) => _scoreDuration.Record(elapsed.TotalSeconds);

    public void Consumed(string messageType, TimeSpan lag) =>
        _consumeLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("message_type", messageType));

    /// <summary>Elapsed time since <paramref name="start"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static TimeSpan Since(long start) => Stopwatch.GetElapsedTime(start);
}
