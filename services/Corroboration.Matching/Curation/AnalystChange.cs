namespace Corroboration.Matching.Curation;

/// <summary>Who makes a manual change and why: what the audit log and IncidentChanged carry.</summary>
public sealed record AnalystChange(string Analyst, string Reason);
