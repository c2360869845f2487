namespace Corroboration.Scoring.Data;

/// <summary>One row of <c>scoring_pins</c>: a source's reliability as an analyst set it.</summary>
public sealed record PinRow
{
    public string SourceKey { get; init; } = "";
    public string Source { get; init; } = "";
    public double Reliability { get; init; }
    public string Analyst { get; init; } = "";
    public string Reason { get; init; } = "";
    public string PinnedAt { get; init; } = "";
}
