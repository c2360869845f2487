namespace Corroboration.Matching.Curation;

/// <summary>What a manual change did: the incident to answer with, every incident it touched, and a line for the audit log.</summary>
public sealed record CurationOutcome(string ResultIncidentId, IReadOnlyList<string> Touched, string Details);
