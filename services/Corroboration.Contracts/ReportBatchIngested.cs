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
}
