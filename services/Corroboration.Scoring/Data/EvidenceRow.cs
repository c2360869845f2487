namespace Corroboration.Scoring.Data;

/// <summary>A current incident as reliability learning reads it: its members, the analyst's verdict if any, and its stored score.</summary>
public sealed record EvidenceRow
{
    public string IncidentId { get; init; } = "";
    public string MembersJson { get; init; } = "[]";
    /// <summary><see cref="Verdicts.Confirmed"/>, <see cref="Verdicts.Refuted"/>, or null when not flagged.</summary>
    public string? Verdict { get; init; }
    public double Confidence { get; init; }
    public string Grade { get; init; } = "";
}
