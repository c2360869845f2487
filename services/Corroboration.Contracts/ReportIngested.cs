namespace Corroboration.Contracts;

/// <summary>
/// A new or changed report as Ingest stored it, one of a <see cref="ReportBatchIngested"/>;
/// <see cref="Claims"/> are what Matching links.
/// </summary>
public sealed record ReportIngested(
    string ReportId,
    long Version,
    string Source,
    string SourceType,
    string Language,
    string? PublishedOn,
    string? Title,
    string Text,
    IReadOnlyList<ClaimPayload> Claims);
