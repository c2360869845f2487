namespace Corroboration.Contracts;

/// <summary>
/// Ingest stored these new or changed reports, submitted together (one, from a unary call or a
/// bus command; up to a stream's round of 100); Matching links them in this order. One message for
/// the batch costs one publish, one delivery and one inbox row instead of one per report.
/// </summary>
public sealed record ReportBatchIngested(IReadOnlyList<ReportIngested> Reports)
{
    /// <summary>
    /// The header of a batch whose reports were submitted in different traces: each report's W3C
    /// trace parent, in order, separated by spaces ("-" for none). Without it, the message's own.
    /// </summary>
    public const string TraceParentsHeader = "Corroboration-Trace-Parents";
}
