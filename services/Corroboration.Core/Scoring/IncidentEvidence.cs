using Corroboration.Contracts;

namespace Corroboration.Core.Scoring;

/// <summary>
/// One incident as reliability learning sees it: its reports and, when an analyst has flagged
/// it, the verdict (true: it happened as described; false: it did not).
/// </summary>
public sealed class IncidentEvidence(string incidentId, IReadOnlyList<IncidentMember> members, bool? verdict = null)
{
    private IReadOnlyList<IReadOnlyList<IncidentMember>>? _groups;

    public string IncidentId { get; } = incidentId;

    public IReadOnlyList<IncidentMember> Members { get; } = members;

    public bool? Verdict { get; } = verdict;

    /// <summary>Its members grouped into chains (<see cref="ChainBuilder.Group"/>), worked out on first use: learning scores it under many tables.</summary>
    public IReadOnlyList<IReadOnlyList<IncidentMember>> Groups => _groups ??= ChainBuilder.Group(Members);

    /// <summary>Its evidence chains under <paramref name="trust"/>.</summary>
    public IReadOnlyList<EvidenceChain> Chains(TrustTable trust) => ChainBuilder.Chains(Groups, trust);
}
