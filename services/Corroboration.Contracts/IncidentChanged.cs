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

/// <summary>
/// One claim of one report, as a member of an incident. <see cref="TextSignature"/> is a MinHash
/// of the report's wording for telling near-copies apart (optional: messages from before it
/// existed, and texts too short to sign, have none).
/// </summary>
public sealed record IncidentMember(
    string ReportId,
    int ClaimIndex,
    string Source,
    string SourceType,
    string? PublishedOn,
    string? TextDigest,
    ClaimPayload Claim,
    string? TextSignature = null);
