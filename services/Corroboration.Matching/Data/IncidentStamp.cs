namespace Corroboration.Matching.Data;

/// <summary>Which text an incident row holds now: a copy parsed from a row with the same stamp is still good.</summary>
public sealed record IncidentStamp
{
    public string Id { get; init; } = "";
    public long Version { get; init; }
    public string UpdatedAt { get; init; } = "";
}
