namespace Corroboration.Scoring.Analysts;

/// <summary>Who makes a manual change and why: what the audit log and the new score version carry.</summary>
public sealed record AnalystChange(string Analyst, string Reason);
