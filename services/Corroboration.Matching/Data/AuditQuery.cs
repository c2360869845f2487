namespace Corroboration.Matching.Data;

/// <summary>Newest-first keyset paging over the audit log, optionally about one incident.</summary>
public sealed record AuditQuery(int PageSize, long? BeforeId, string? IncidentId);
