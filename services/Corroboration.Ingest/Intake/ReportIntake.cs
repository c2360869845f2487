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
/// The report and its <see cref="ReportIngested"/> (in the outbox) are written in one transaction.
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
        var violations = ReportValidator.Validate(submitted);
        if (violations.Count > 0)
        {
            return new IntakeResult(submitted.Id, IntakeOutcome.Rejected, 0, 0, violations);
        }
        var report = ReportPreparation.Normalize(submitted);
        var hash = ReportPreparation.ContentHash(report);
        var known = await store.FindHashAsync(report.Id, cancellationToken);
        if (known?.Hash == hash)
        {
            return new IntakeResult(report.Id, IntakeOutcome.Unchanged, known.Value.Version, 0, []);
        }
        var prepared = ReportPreparation.Prepare(report, hash, extractor, logger);
        var claims = prepared.Claims;
        var version = await store.Database.WriteAsync<long?>([], async tx =>
        {
            if (!await Inbox.FirstDeliveryAsync(tx, IngestSchema.Service, SubmitReportConsumer, messageId)
                || await store.UpsertAsync(tx, prepared.Row, cancellationToken) is not { } stored)
            {
                return null;
            }
            await outbox.AddAsync(tx, prepared.Announcement(stored));
            return stored;
        }, logger, cancellationToken);
        if (version is null)
        {
            return new IntakeResult(report.Id, IntakeOutcome.Unchanged, known?.Version ?? 1, 0, []);
        }
        outbox.Wake();
        logger.LogDebug("Report {ReportId} stored as version {Version} with {ClaimCount} claims ({ExtractionNote})", report.Id, version, claims.Count, prepared.ExtractionNote);
        var outcome = version == 1 ? IntakeOutcome.Accepted : IntakeOutcome.Updated;
        metrics.ReportIngested(outcome == IntakeOutcome.Accepted ? "accepted" : "updated");
        return new IntakeResult(report.Id, outcome, version.Value, claims.Count, []);
    }
}
