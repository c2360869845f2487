namespace Corroboration.Contracts;

/// <summary>Ingest stored a new or changed report; <see cref="Claims"/> are what Matching links.</summary>
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
