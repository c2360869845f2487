namespace Corroboration.Scoring.Data;

/// <summary>One row of <c>scoring_trust</c>: a source as reliability learning last found it.</summary>
public sealed record TrustRow
{
    public string SourceKey { get; init; } = "";
    public string Source { get; init; } = "";
    public string SourceType { get; init; } = "";
    public double Prior { get; init; }
    public double Learned { get; init; }
    public int Incidents { get; init; }
    public double Supported { get; init; }
    public int Confirmed { get; init; }
    public int Refuted { get; init; }
    public string LearnedAt { get; init; } = "";
}
