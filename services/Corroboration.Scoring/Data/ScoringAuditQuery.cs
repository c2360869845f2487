namespace Corroboration.Scoring.Data;

/// <summary>Newest-first keyset paging over the audit log, optionally about one incident or one source (by key).</summary>
public sealed record ScoringAuditQuery(int PageSize, long? BeforeId, string? IncidentId, string? SourceKey);
