namespace Corroboration.ServiceDefaults;

/// <summary>Who makes a manual change and why: what the audit logs, IncidentChanged and new score versions carry.</summary>
public sealed record AnalystChange(string Analyst, string Reason);
