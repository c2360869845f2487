using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>
/// Reports that are not independent of each other (same publisher, one citing another, same
/// text): together they count once, by their strongest member.
/// </summary>
public sealed record EvidenceChain(IReadOnlyList<IncidentMember> Members, IncidentMember Leader, double Reliability, bool Denies);
