using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Interchange;
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
        var report = Normalize(submitted);
        var hash = ContentHash(report);
        var known = await store.FindHashAsync(report.Id, cancellationToken);
        if (known?.Hash == hash)
        {
            return new IntakeResult(report.Id, IntakeOutcome.Unchanged, known.Value.Version, 0, []);
        }
        var extracted = report.Claims is not { Count: > 0 };
        var extraction = extracted ? Extract(report) : null;
        var language = report.Language ?? extraction?.Language ?? LanguageDetector.Detect(report.Title + " " + report.Text);
        var claims = extraction?.Claims ?? report.Claims!;
        var row = ToRow(report, hash, language, claims, extracted, extraction?.Reason);
        var version = await store.Database.WriteAsync<long?>([], async tx =>
        {
            if (!await Inbox.FirstDeliveryAsync(tx, IngestSchema.Service, SubmitReportConsumer, messageId)
                || await store.UpsertAsync(tx, row, cancellationToken) is not { } stored)
            {
                return null;
            }
            await outbox.AddAsync(tx, new ReportIngested(
                report.Id, stored, report.Source, report.SourceType!, language, PublishedOn(report), report.Title, report.Text, claims));
            return stored;
        }, logger, cancellationToken);
        if (version is null)
        {
            return new IntakeResult(report.Id, IntakeOutcome.Unchanged, known?.Version ?? 1, 0, []);
        }
        outbox.Wake();
        logger.LogDebug("Report {ReportId} stored as version {Version} with {ClaimCount} claims ({ExtractionNote})", report.Id, version, claims.Count, extraction?.Reason);
        var outcome = version == 1 ? IntakeOutcome.Accepted : IntakeOutcome.Updated;
        metrics.ReportIngested(outcome == IntakeOutcome.Accepted ? "accepted" : "updated");
        return new IntakeResult(report.Id, outcome, version.Value, claims.Count, []);
    }

    /// <summary>The extracted claims; an extractor bug costs the report its claims, never the report itself.</summary>
    private ExtractionResult Extract(ReportPayload report)
    {
        try
        {
            return extractor.Extract(report);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Claim extraction failed for report {ReportId}; storing it without claims", report.Id);
            return new ExtractionResult(LanguageDetector.Detect(report.Title + " " + report.Text), [], ExtractionResult.ExtractionFailed);
        }
    }

    private static ReportPayload Normalize(ReportPayload report) => report with
    {
        Id = report.Id.Trim(),
        Source = string.IsNullOrWhiteSpace(report.Source) ? "unknown" : report.Source.Trim(),
        SourceType = SourceTypes.Normalize(report.SourceType),
        Language = string.IsNullOrWhiteSpace(report.Language) ? null : report.Language.Trim(),
        Text = report.Text ?? "",
    };

    private static string? PublishedOn(ReportPayload report) =>
        IsoDates.TryParseDateOrDateTime(report.PublishedAt, out var date) ? IsoDates.Format(date) : null;

    private static string ContentHash(ReportPayload report) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(report, InterchangeJson.Options))));

    private static ReportRow ToRow(ReportPayload report, string hash, string language, IReadOnlyList<ClaimPayload> claims, bool extracted, string? note) => new()
    {
        Id = report.Id,
        ContentHash = hash,
        Source = report.Source,
        SourceType = report.SourceType!,
        Url = report.Url,
        PublishedAt = report.PublishedAt,
        Language = language,
        Title = report.Title,
        Text = report.Text,
        ClaimsJson = JsonSerializer.Serialize(claims, InterchangeJson.Options),
        ClaimsExtracted = extracted ? 1 : 0,
        ExtractionNote = note,
        ReceivedAt = DateTimeOffset.UtcNow.ToString("O"),
    };
}
