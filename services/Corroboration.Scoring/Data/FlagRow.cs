namespace Corroboration.Scoring.Data;

/// <summary>One row of <c>scoring_flags</c>: an analyst's current verdict on an incident.</summary>
public sealed record FlagRow
{
    public string IncidentId { get; init; } = "";
    public string Verdict { get; init; } = "";
    public string Analyst { get; init; } = "";
    public string Reason { get; init; } = "";
    public string FlaggedAt { get; init; } = "";
}
