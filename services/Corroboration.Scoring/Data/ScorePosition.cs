namespace Corroboration.Scoring.Data;

/// <summary>Where a page of a listing ends: the last row's value of the order column, and its incident id.</summary>
public sealed record ScorePosition(object Key, string IncidentId);
