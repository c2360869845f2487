namespace Corroboration.Matching.Data;

/// <summary>The other claim of a constraint on a claim, and the incident that claim is in now.</summary>
public sealed record ConstraintPartner
{
    public string ConstraintId { get; init; } = "";
    public string Kind { get; init; } = "";
    public string ReportId { get; init; } = "";
    public int ClaimIndex { get; init; }
    public string IncidentId { get; init; } = "";
}
