namespace Corroboration.Scoring.Data;

/// <summary>One analyst change: a row of <c>scoring_audit</c>, about an incident or a source.</summary>
public sealed record ScoringAuditRow
{
    public long Id { get; init; }
    public string ActedAt { get; init; } = "";
    public string Analyst { get; init; } = "";
    public string Action { get; init; } = "";
    public string? IncidentId { get; init; }
    public string? Source { get; init; }
    public string? SourceKey { get; init; }
    public string Details { get; init; } = "";
    public string Reason { get; init; } = "";
}
