namespace Corroboration.Cli.LoadTest;

/// <summary>
/// A run's record and the figures it gives: throughput of acceptance and of scoring, gRPC calls
/// per second and latency percentiles. Times are milliseconds since the run's start.
/// </summary>
public sealed record LoadSnapshot(IReadOnlyList<ReportTimes> Reports, int Calls, IReadOnlyDictionary<string, int> Failures)
{
    public int Accepted => Reports.Count(r => !double.IsNaN(r.Accepted));

    public int Expected => Reports.Count(r => r.ExpectsScore);

    public int Scored => Reports.Count(r => r.ExpectsScore && !double.IsNaN(r.Scored));

    /// <summary>From the first report sent to the last answer from Ingest, in seconds.</summary>
    public double SubmissionSeconds => Span(Reports.Select(r => r.Sent), Reports.Select(r => r.Accepted));

    /// <summary>Reports accepted per second over the submission.</summary>
    public double AcceptedPerSecond => PerSecond(Accepted, SubmissionSeconds);

    /// <summary>gRPC ingest calls answered per second over the submission.</summary>
    public double CallsPerSecond => PerSecond(Calls, SubmissionSeconds);

    /// <summary>Reports scored per second from the first sent to the last scored.</summary>
    public double ScoredPerSecond => PerSecond(Scored, Span(Reports.Select(r => r.Sent), ScoredTimes()));

    /// <summary>
    /// The sustained scoring rate: the middle 80 % of first listings over the time they took, so
    /// neither the start (empty caches, the first incidents) nor the tail (the last stragglers) counts.
    /// </summary>
    public double SustainedScoredPerSecond
    {
        get
        {
            var times = new LatencySummary(ScoredTimes());
            if (times.Count < 10)
            {
                return ScoredPerSecond;
            }
            var (from, to) = (times.Percentile(0.1), times.Percentile(0.9));
            var within = ScoredTimes().Count(t => t >= from && t <= to);
            return PerSecond(within - 1, (to - from) / 1000);
        }
    }

    /// <summary>
    /// From Ingest's answer to the first score listing the report. A score can come before the
    /// answer of a client stream (which answers once for the whole stream): those count as 0.
    /// </summary>
    public LatencySummary AcceptedToScored => new(Reports.Where(r => r.ExpectsScore && !double.IsNaN(r.Scored)).Select(r => Math.Max(0, r.Scored - r.Accepted)));

    /// <summary>From writing the report to the first score listing it.</summary>
    public LatencySummary SentToScored => new(Reports.Where(r => r.ExpectsScore && !double.IsNaN(r.Scored)).Select(r => r.Scored - r.Sent));

    /// <summary>Scored before Ingest's answer arrived (client streams only).</summary>
    public int ScoredBeforeAnswer => Reports.Count(r => r.ExpectsScore && r.Scored < r.Accepted);

    private IEnumerable<double> ScoredTimes() => Reports.Where(r => r.ExpectsScore && !double.IsNaN(r.Scored)).Select(r => r.Scored);

    private static double Span(IEnumerable<double> starts, IEnumerable<double> ends)
    {
        var first = starts.Where(t => !double.IsNaN(t)).DefaultIfEmpty(double.NaN).Min();
        var last = ends.Where(t => !double.IsNaN(t)).DefaultIfEmpty(double.NaN).Max();
        return (last - first) / 1000;
    }

    private static double PerSecond(int count, double seconds) => seconds > 0 ? count / seconds : double.NaN;
}
