namespace Corroboration.Scoring.Data;

/// <summary>Filters and keyset paging for listing scores.</summary>
public sealed record ScoreQuery(int PageSize, string? AfterId, string? Grade, double MinConfidence);
