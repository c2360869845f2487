namespace Corroboration.Matching.Data;

/// <summary>One row of <c>matching_incidents</c>.</summary>
public sealed record IncidentRow
{
    public string Id { get; init; } = "";
    public long Version { get; init; }
    public string? OccurredOn { get; init; }
    public string? Place { get; init; }
    public string ProfileJson { get; init; } = "";
    public string SearchText { get; init; } = "";
    public int MemberCount { get; init; }
    public string UpdatedAt { get; init; } = "";
}
