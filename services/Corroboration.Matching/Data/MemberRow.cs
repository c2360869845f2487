namespace Corroboration.Matching.Data;

/// <summary>One row of <c>matching_members</c>: a claim and the incident it belongs to.</summary>
public sealed record MemberRow
{
    public string ReportId { get; init; } = "";
    public int ClaimIndex { get; init; }
    public string IncidentId { get; init; } = "";
    public string MemberJson { get; init; } = "";
    public string TermsJson { get; init; } = "";
    public string? Title { get; init; }
    public double MatchProbability { get; init; }
    /// <summary>The analyst who placed the claim here; null when linking did.</summary>
    public string? PlacedBy { get; init; }
}
