using System.Globalization;

namespace Corroboration.Cli.LoadTest;

/// <summary>What <c>corro loadtest</c> was asked to do.</summary>
/// <param name="Rate">Reports offered per second, or null for as fast as the cluster takes them.</param>
/// <param name="Batch">Reports per client stream (streaming mode).</param>
/// <param name="Concurrency">Calls in flight at once.</param>
/// <param name="Idle">After the last submission, how long without a new score before giving up on the missing ones.</param>
public sealed record LoadTestOptions(
    SubmissionMode Mode,
    int Reports,
    double? Rate,
    int Batch,
    int Concurrency,
    int Seed,
    TimeSpan Idle,
    string RunTag)
{
    public const int DefaultBatch = 100;

    public static readonly string[] Names = ["ingest", "scoring", "token", "reports", "rate", "unary", "stream", "batch", "concurrency", "seed", "idle", "run"];

    public static LoadTestOptions Parse(CommandLine line)
    {
        line.AllowOnly(Names);
        var unary = line.Optional("unary") is not null;
        var stream = line.Optional("stream") is not null;
        if (unary == stream)
        {
            throw new UsageException("give exactly one of --unary and --stream");
        }
        var mode = unary ? SubmissionMode.Unary : SubmissionMode.Stream;
        _ = line.Required("reports"); // WholeNumber alone would take a missing --reports for its fallback
        return new LoadTestOptions(
            mode,
            line.WholeNumber("reports", 1, 10_000_000),
            ParseRate(line.Required("rate")),
            line.WholeNumber("batch", DefaultBatch, 10_000),
            line.WholeNumber("concurrency", mode == SubmissionMode.Unary ? 64 : 4, 1024),
            line.WholeNumber("seed", 7, int.MaxValue),
            TimeSpan.FromSeconds(line.WholeNumber("idle", 30, 3600)),
            line.Optional("run") ?? DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture));
    }

    /// <summary><c>max</c> (null: no pacing) or a positive number of reports per second.</summary>
    public static double? ParseRate(string text) =>
        text == "max" ? null
        : double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate > 0 ? rate
        : throw new UsageException($"--rate must be a positive number of reports per second or 'max', not '{text}'");

    /// <summary>The id a generated report is sent with: the run tag keeps a second run on the same cluster from being answered UNCHANGED.</summary>
    public string ReportId(string generatedId) => $"lt{RunTag}-{generatedId}";
}
