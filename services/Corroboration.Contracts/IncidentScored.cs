namespace Corroboration.Contracts;

/// <summary>Scoring stored a new version of an incident's score.</summary>
public sealed record IncidentScored(long Version, string Reason, IncidentPayload Incident);
