namespace Corroboration.Contracts;

/// <summary>
/// Ingest stored these new or changed reports, in this order, which Matching links them in: up to
/// 100, a stream's round or reports of separate calls whose announcements were waiting together.
/// One message for the batch costs one publish, one delivery and one inbox row instead of one a report.
/// </summary>
public sealed record ReportBatchIngested(IReadOnlyList<ReportIngested> Reports)
{
    /// <summary>
    /// The header of a batch whose reports were submitted in different traces: each report's W3C
    /// trace parent, in order, separated by spaces ("-" for none). Without it, the message's own.
    /// </summary>
    public const string TraceParentsHeader = "Corroboration-Trace-Parents";

    /// <summary>The <see cref="TraceParentsHeader"/> for the reports' trace parents, in order.</summary>
    public static string TraceParentsValue(IEnumerable<string?> traceParents) => string.Join(' ', traceParents.Select(t => t ?? "-"));

    /// <summary>Each of <paramref name="reports"/> reports' trace parent from the header, or null when it does not give one for each.</summary>
    public static IReadOnlyList<string?>? TraceParentsOf(string? header, int reports) =>
        header?.Split(' ') is { } traces && traces.Length == reports ? traces.Select(t => t == "-" ? null : t).ToList() : null;
}
