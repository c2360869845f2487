using Corroboration.Core.Matching;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.ServiceDefaults;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Why a claim does or does not fit an incident, with the scorer and the stored profiles linking
/// uses. A member is compared with the incident without it, or it would partly match itself.
/// </summary>
public sealed class MatchExplainer(IncidentStore store, MatchScorer scorer)
{
    public async Task<MatchExplanation> ExplainAsync(ClaimKey claim, string incidentId, CancellationToken cancellationToken)
    {
        var member = await store.FindMemberAsync(claim.ReportId, claim.ClaimIndex, cancellationToken) ?? throw RpcErrors.NotFound($"claim '{claim}'");
        var incident = await store.FindAsync(incidentId, cancellationToken) ?? throw RpcErrors.NotFound($"incident '{incidentId}'");
        if (member.IncidentId != incidentId)
        {
            return new MatchExplanation(scorer.Score(ProfileJson.ClaimOf(member), ProfileJson.Profile(incident)), false);
        }
        var others = (await store.MembersAsync(incidentId, cancellationToken))
            .Where(m => m.ReportId != claim.ReportId || m.ClaimIndex != claim.ClaimIndex).Select(ProfileJson.ClaimOf).ToList();
        if (others.Count == 0)
        {
            throw CurationErrors.FailedPrecondition($"{claim} is the only claim of {incidentId}: there is nothing to compare it with", subject: incidentId);
        }
        return new MatchExplanation(scorer.Score(ProfileJson.ClaimOf(member), IncidentProfile.Build(others)), true);
    }
}
