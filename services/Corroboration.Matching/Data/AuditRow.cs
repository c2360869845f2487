namespace Corroboration.Matching.Data;

/// <summary>One analyst change: a row of <c>matching_audit</c> with the incidents it concerned.</summary>
public sealed record AuditRow
{
    public long Id { get; init; }
    public string ActedAt { get; init; } = "";
    public string Analyst { get; init; } = "";
    public string Action { get; init; } = "";
    public string Details { get; init; } = "";
    public string Reason { get; init; } = "";
    public IReadOnlyList<string> IncidentIds { get; init; } = [];
}
