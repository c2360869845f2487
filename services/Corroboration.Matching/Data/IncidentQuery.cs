namespace Corroboration.Matching.Data;

/// <summary>Filters and keyset paging for listing incidents.</summary>
public sealed record IncidentQuery(int PageSize, string? AfterId, string? OccurredFrom, string? OccurredTo, string? Place, string? Text);
