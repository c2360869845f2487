using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Extraction;
using Corroboration.Core.Interchange;
using Corroboration.Core.Validation;
using Corroboration.Ingest.Data;

namespace Corroboration.Ingest.Intake;

/// <summary>
/// The pure part of the intake, shared by <see cref="ReportIntake"/> and the batch path: a valid
/// report normalized, hashed (an unchanged re-send has the same hash) and, when it came without
/// claims, given the claims extracted from its text.
/// </summary>
public static class ReportPreparation
{
    public static ReportPayload Normalize(ReportPayload report) => report with
    {
        Id = report.Id.Trim(),
        Source = string.IsNullOrWhiteSpace(report.Source) ? "unknown" : report.Source.Trim(),
        SourceType = SourceTypes.Normalize(report.SourceType),
        Language = string.IsNullOrWhiteSpace(report.Language) ? null : report.Language.Trim(),
        Text = report.Text ?? "",
    };

    public static string ContentHash(ReportPayload normalized) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(normalized, InterchangeJson.Options))));

    /// <summary>Extracts the claims when none were sent; an extractor bug costs the report its claims, never the report itself.</summary>
    public static PreparedReport Prepare(ReportPayload normalized, string hash, ClaimExtractor extractor, ILogger logger)
    {
        var extracted = normalized.Claims is not { Count: > 0 };
        var extraction = extracted ? Extract(normalized, extractor, logger) : null;
        var language = normalized.Language ?? extraction?.Language ?? LanguageDetector.Detect(normalized.Title + " " + normalized.Text);
        var claims = extraction?.Claims ?? normalized.Claims!;
        var row = new ReportRow
        {
            Id = normalized.Id,
            ContentHash = hash,
            Source = normalized.Source,
            SourceType = normalized.SourceType!,
            Url = normalized.Url,
            PublishedAt = normalized.PublishedAt,
            Language = language,
            Title = normalized.Title,
            Text = normalized.Text,
            ClaimsJson = JsonSerializer.Serialize(claims, InterchangeJson.Options),
            ClaimsExtracted = extracted ? 1 : 0,
            ExtractionNote = extraction?.Reason,
            ReceivedAt = DateTimeOffset.UtcNow.ToString("O"),
        };
        return new PreparedReport(normalized, row, language, claims, extraction?.Reason);
    }

    public static string? PublishedOn(ReportPayload report) =>
        IsoDates.TryParseDateOrDateTime(report.PublishedAt, out var date) ? IsoDates.Format(date) : null;

    private static ExtractionResult Extract(ReportPayload report, ClaimExtractor extractor, ILogger logger)
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
}
