namespace Corroboration.Scoring.Data;

/// <summary>One row of <c>scoring_scores</c> (or <c>scoring_history</c>).</summary>
public sealed record ScoreRow
{
    public string IncidentId { get; init; } = "";
    public long Version { get; init; }
    public long MatchingVersion { get; init; }
    public int Removed { get; init; }
    public double Confidence { get; init; }
    public string Grade { get; init; } = "";
    public string IncidentJson { get; init; } = "";
    public string Reason { get; init; } = "";
    public string ScoredAt { get; init; } = "";
    /// <summary>The members the score was computed from (JSON), so it can be computed again; null in rows older than that.</summary>
    public string? MembersJson { get; init; }
    /// <summary>Copied from the incident for listing: consensus date and place ('' when unknown), how many reports.</summary>
    public string OccurredOn { get; init; } = "";
    public string Place { get; init; } = "";
    public int ReportCount { get; init; }
}
