using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Validation;
using Corroboration.Ingest.Data;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;

namespace Corroboration.Ingest.Intake;

/// <summary>
/// The one path every report takes in, whether it came over gRPC, the bus or a file: validate,
/// skip if unchanged, extract claims, store, announce. Re-sending an id updates it. A report whose
/// text yields no claims (or breaks the extractor) is still stored and announced, with a note why.
/// Reports submitted together are looked up and stored in one statement of each kind and announced
/// in one <see cref="ReportBatchIngested"/> (an outbox row), in one transaction.
/// </summary>
public sealed class ReportIntake(
    ReportStore store,
    ClaimExtractor extractor,
    [FromKeyedServices(IngestSchema.Service)] Outbox outbox,
    PipelineMetrics metrics,
    ILogger<ReportIntake> logger)
{
    /// <summary>The inbox name of the bus command's consumer.</summary>
    public const string SubmitReportConsumer = "submit-report";

    /// <param name="messageId">The bus message's id when the report came as a command: a redelivery of it changes nothing.</param>
    public async Task<IntakeResult> SubmitAsync(ReportPayload submitted, CancellationToken cancellationToken, Guid? messageId = null)
    {
        var results = new IntakeResult[1];
        await SubmitInAsync([Validated(submitted, 0, results)], results, messageId, cancellationToken);
        return results[0];
    }

    /// <summary>
    /// Submits the reports as one at a time in their order would, with their results in that
    /// order; a report sent twice among them is taken as a later re-send.
    /// </summary>
    public async Task<IntakeResult[]> SubmitAllAsync(IReadOnlyList<ReportPayload> submitted, CancellationToken cancellationToken)
    {
        var results = new IntakeResult[submitted.Count];
        var valid = submitted.Select((report, index) => Validated(report, index, results)).ToList();
        foreach (var round in DistinctRounds(valid.OfType<Submitted>()))
        {
            await SubmitInAsync(round, results, messageId: null, cancellationToken);
        }
        return results;
    }

    /// <summary>A valid report, normalized and hashed, and where its result goes.</summary>
    private sealed record Submitted(int Index, ReportPayload Report, string Hash);

    /// <returns>The report ready to look up, or null when it is invalid (its result set to say why).</returns>
    private static Submitted? Validated(ReportPayload submitted, int index, IntakeResult[] results)
    {
        var violations = ReportValidator.Validate(submitted);
        if (violations.Count > 0)
        {
            results[index] = new IntakeResult(submitted.Id, IntakeOutcome.Rejected, 0, 0, violations);
            return null;
        }
        var report = ReportPreparation.Normalize(submitted);
        return new Submitted(index, report, ReportPreparation.ContentHash(report));
    }

    /// <summary>
    /// The reports in runs without a repeated id, in order: one statement writes a row once, so a
    /// report's second copy goes in the next run, after its first is stored.
    /// </summary>
    private static IEnumerable<List<Submitted>> DistinctRounds(IEnumerable<Submitted> reports)
    {
        var round = new List<Submitted>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            if (!ids.Add(report.Report.Id))
            {
                yield return round;
                (round, ids) = ([], new HashSet<string>(StringComparer.Ordinal) { report.Report.Id });
            }
            round.Add(report);
        }
        if (round.Count > 0)
        {
            yield return round;
        }
    }

    private async Task SubmitInAsync(IReadOnlyList<Submitted?> reports, IntakeResult[] results, Guid? messageId, CancellationToken cancellationToken)
    {
        var valid = reports.OfType<Submitted>().ToList();
        if (valid.Count == 0)
        {
            return;
        }
        var known = await store.FindHashesAsync(valid.Select(r => r.Report.Id).ToList(), cancellationToken);
        var changed = new List<(Submitted Submitted, PreparedReport Prepared)>();
        foreach (var report in valid)
        {
            if (known.TryGetValue(report.Report.Id, out var stored) && stored.Hash == report.Hash)
            {
                results[report.Index] = new IntakeResult(report.Report.Id, IntakeOutcome.Unchanged, stored.Version, 0, []);
            }
            else
            {
                changed.Add((report, ReportPreparation.Prepare(report.Report, report.Hash, extractor, logger)));
            }
        }
        if (changed.Count == 0)
        {
            return;
        }
        var versions = await store.Database.WriteAsync([], async tx =>
        {
            if (!await Inbox.FirstDeliveryAsync(tx, IngestSchema.Service, SubmitReportConsumer, messageId))
            {
                return new Dictionary<string, long>();
            }
            var stored = await store.UpsertAllAsync(tx, changed.Select(c => c.Prepared.Row).ToList());
            var announced = changed.Where(c => stored.ContainsKey(c.Prepared.Row.Id)).Select(c => c.Prepared.Announcement(stored[c.Prepared.Row.Id])).ToList();
            if (announced.Count > 0)
            {
                await outbox.AddAsync(tx, new ReportBatchIngested(announced));
            }
            return stored;
        }, logger, cancellationToken);
        foreach (var (report, prepared) in changed)
        {
            results[report.Index] = Outcome(report, prepared, versions, known);
        }
        if (versions.Count > 0)
        {
            outbox.Wake();
        }
    }

    /// <summary>What became of a changed report: stored as a new version, or unchanged after all (a concurrent re-send stored it first).</summary>
    private IntakeResult Outcome(Submitted report, PreparedReport prepared, Dictionary<string, long> versions, Dictionary<string, (string Hash, long Version)> known)
    {
        var id = report.Report.Id;
        if (!versions.TryGetValue(id, out var version))
        {
            return new IntakeResult(id, IntakeOutcome.Unchanged, known.TryGetValue(id, out var before) ? before.Version : 1, 0, []);
        }
        logger.LogDebug("Report {ReportId} stored as version {Version} with {ClaimCount} claims ({ExtractionNote})", id, version, prepared.Claims.Count, prepared.ExtractionNote);
        var outcome = version == 1 ? IntakeOutcome.Accepted : IntakeOutcome.Updated;
        metrics.ReportIngested(outcome == IntakeOutcome.Accepted ? "accepted" : "updated");
        return new IntakeResult(id, outcome, version, prepared.Claims.Count, []);
    }
}
