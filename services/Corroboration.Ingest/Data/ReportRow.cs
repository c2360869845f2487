namespace Corroboration.Ingest.Data;

/// <summary>One row of <c>ingest_reports</c>.</summary>
public sealed record ReportRow
{
    public string Id { get; init; } = "";
    public long Version { get; init; }
    public string ContentHash { get; init; } = "";
    public string Source { get; init; } = "";
    public string SourceType { get; init; } = "";
    public string? Url { get; init; }
    public string? PublishedAt { get; init; }
    public string Language { get; init; } = "";
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public string ClaimsJson { get; init; } = "[]";
    public int ClaimsExtracted { get; init; }
    /// <summary>Why extraction yielded no claims (<see cref="Core.Extraction.ExtractionResult.Reason"/>), else null.</summary>
    public string? ExtractionNote { get; init; }
    public string ReceivedAt { get; init; } = "";
}
