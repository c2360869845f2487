namespace Corroboration.Contracts;

/// <summary>
/// Matching changed an incident's membership. Carries the whole membership so Scoring needs no
/// call back; an empty <see cref="Members"/> means the incident no longer exists (merged away).
/// </summary>
public sealed record IncidentChanged(
    string IncidentId,
    long Version,
    string Reason,
    IReadOnlyList<IncidentMember> Members);

/// <summary>One claim of one report, as a member of an incident.</summary>
public sealed record IncidentMember(
    string ReportId,
    int ClaimIndex,
    string Source,
    string SourceType,
    string? PublishedOn,
    string? TextDigest,
    ClaimPayload Claim);
