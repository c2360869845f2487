using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>
/// One incident as reliability learning sees it: its reports and, when an analyst has flagged
/// it, the verdict (true: it happened as described; false: it did not).
/// </summary>
public sealed record IncidentEvidence(string IncidentId, IReadOnlyList<IncidentMember> Members, bool? Verdict = null);
