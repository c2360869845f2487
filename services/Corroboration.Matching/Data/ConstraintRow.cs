namespace Corroboration.Matching.Data;

/// <summary>One row of <c>matching_constraints</c>; claim A sorts before claim B.</summary>
public sealed record ConstraintRow
{
    public string Id { get; init; } = "";
    public string Kind { get; init; } = "";
    public string ReportA { get; init; } = "";
    public int ClaimA { get; init; }
    public string ReportB { get; init; } = "";
    public int ClaimB { get; init; }
    public string Analyst { get; init; } = "";
    public string Reason { get; init; } = "";
    public string CreatedAt { get; init; } = "";
}
