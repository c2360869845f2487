using System.Diagnostics;
using System.Threading.Channels;
using Corroboration.Cli.LoadTest;
using Corroboration.Cli.Remote;
using Corroboration.Core.Extraction;
using Corroboration.Core.Synthetic;
using Corroboration.Protos;
using Corroboration.Protos.V1;

namespace Corroboration.Cli.Commands;

/// <summary>
/// <c>corro loadtest</c>: submits synthetic reports to a running cluster at a steady rate (or as
/// fast as it takes them), unary or in client streams, while following Scoring's
/// <c>WatchScores</c>, and prints acceptance and scoring throughput, gRPC calls per second and the
/// latency from each report's acceptance to the first score listing it.
/// </summary>
public static class LoadTestCommand
{
    /// <summary>Time for the server to register the watch before the first report goes (it answers nothing until a score comes).</summary>
    private static readonly TimeSpan WatchSettle = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(CommandLine line)
    {
        var options = LoadTestOptions.Parse(line);
        using var ingest = ServerConnection.FromOptions(line, "ingest");
        using var scoring = ServerConnection.FromOptions(line, "scoring");
        var generating = Stopwatch.StartNew();
        var reports = new SyntheticCorpus(Gazetteer.LoadBundled(), options.Seed).Generate(options.Reports)
            .Select(r => ReportMapper.ToProto(r.Report with { Id = options.ReportId(r.Report.Id) }))
            .ToList();
        Console.Error.WriteLine($"loadtest: {reports.Count} synthetic reports (seed {options.Seed}) generated in {generating.Elapsed.TotalSeconds:0.0} s; run tag {options.RunTag}");

        var clock = Stopwatch.StartNew();
        double Now() => clock.Elapsed.TotalMilliseconds;
        var recorder = new LoadRecorder(reports.Select(r => r.Id).ToList());
        using var stop = new CancellationTokenSource();
        var watching = new ScoreWatcher(new ScoringService.ScoringServiceClient(scoring.Channel), recorder, Now).RunAsync(stop.Token);
        await Task.WhenAny(watching, Task.Delay(WatchSettle));
        if (watching.IsFaulted)
        {
            Console.Error.WriteLine($"corro: cannot watch scores at {scoring.Address}: {watching.Exception!.GetBaseException().Message}");
            return 1;
        }

        clock.Restart();
        var due = Channel.CreateBounded<int>(new BoundedChannelOptions(options.Concurrency * options.Batch) { SingleWriter = true });
        var submitter = new ReportSubmitter(new IngestService.IngestServiceClient(ingest.Channel), reports, options.Batch, recorder, Now);
        var feeding = new RateSchedule(options.Rate).FeedAsync(due.Writer, reports.Count, Now, CancellationToken.None);
        var workers = Enumerable.Range(0, options.Concurrency).Select(_ => options.Mode == SubmissionMode.Unary
            ? submitter.RunUnaryAsync(due.Reader, CancellationToken.None)
            : submitter.RunStreamAsync(due.Reader, CancellationToken.None)).ToList();
        await WaitForScoresAsync(recorder, Task.WhenAll(workers.Append(feeding)), watching, options.Idle, Now);
        await stop.CancelAsync();
        await watching.ContinueWith(_ => { }, TaskScheduler.Default);

        Print(options, recorder.Snapshot());
        return 0;
    }

    /// <summary>Until every report accepted with claims has been scored, or no new score came for <paramref name="idle"/> after the submission.</summary>
    private static async Task WaitForScoresAsync(LoadRecorder recorder, Task submitting, Task watching, TimeSpan idle, Func<double> now)
    {
        var progress = ProgressLine.ForStandardError();
        double? submitted = null;
        while (!watching.IsCompleted)
        {
            // Once the submission is over, wait on the watch: a finished task would make this loop spin.
            await Task.WhenAny(submitted is null ? submitting : watching, Task.Delay(200));
            if (submitting.IsCompleted)
            {
                await submitting;
                submitted ??= now();
            }
            var (expected, scored, last) = (recorder.Expected, recorder.ScoredExpected, recorder.LastScored);
            progress.Show($"{now() / 1000:0.0} s: {expected} accepted with claims, {scored} scored");
            if (submitted is { } end && (scored >= expected || now() - Math.Max(end, double.IsNaN(last) ? end : last) > idle.TotalMilliseconds))
            {
                break;
            }
        }
        progress.Clear();
        if (watching.IsFaulted)
        {
            Console.Error.WriteLine($"corro: the score watch failed: {watching.Exception!.GetBaseException().Message}");
        }
    }

    private static void Print(LoadTestOptions options, LoadSnapshot run)
    {
        var rate = options.Rate is { } r ? $"{r:0.#}/s offered" : "max rate";
        var shape = options.Mode == SubmissionMode.Unary ? $"unary, {options.Concurrency} in flight" : $"stream, {options.Batch} per stream, {options.Concurrency} streams";
        var failures = run.Failures.Count == 0 ? "none" : string.Join(", ", run.Failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} {f.Value}"));
        Console.WriteLine($"loadtest: {run.Reports.Count} reports, {rate}, {shape} (run {options.RunTag})");
        Console.WriteLine($"  ingest:  {run.Accepted} accepted in {run.SubmissionSeconds:0.0} s = {run.AcceptedPerSecond:0.0} reports/s; {run.Calls} gRPC calls = {run.CallsPerSecond:0.0} calls/s; not accepted: {failures}");
        Console.WriteLine($"  scored:  {run.Scored} of {run.Expected} reports with claims ({run.Accepted - run.Expected} without); {run.ScoredPerSecond:0.0} reports/s overall, {run.SustainedScoredPerSecond:0.0} sustained (middle 80 %)");
        Console.WriteLine($"  latency accepted→scored: {run.AcceptedToScored}" + (run.ScoredBeforeAnswer > 0 ? $" ({run.ScoredBeforeAnswer} scored before their stream's answer, counted 0)" : ""));
        Console.WriteLine($"  latency sent→scored:     {run.SentToScored}");
    }
}
