namespace Corroboration.Contracts;

/// <summary>A report in the interchange format (one line of <c>*.reports.jsonl</c>).</summary>
public sealed record ReportPayload
{
    public string Id { get; init; } = "";
    public string Source { get; init; } = "unknown";
    public string? SourceType { get; init; }
    public string? Url { get; init; }
    /// <summary>ISO-8601 date or date-time, as sent.</summary>
    public string? PublishedAt { get; init; }
    public string? Language { get; init; }
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    /// <summary>Claims coded by the sender; when empty they are extracted from the text.</summary>
    public IReadOnlyList<ClaimPayload>? Claims { get; init; }
}
