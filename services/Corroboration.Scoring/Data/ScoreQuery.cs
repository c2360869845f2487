namespace Corroboration.Scoring.Data;

/// <summary>Filters, order and keyset paging for listing current scores; a null filter filters nothing.</summary>
public sealed record ScoreQuery(int PageSize, ScoreOrder Order, ScorePosition? After, string? Grade, double MinConfidence)
{
    public string? OccurredFrom { get; init; }
    public string? OccurredTo { get; init; }
    public string? Place { get; init; }
    public IReadOnlyList<string>? IncidentIds { get; init; }
}
