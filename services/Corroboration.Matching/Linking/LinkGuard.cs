using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Analysts' decisions as automatic linking must honour them. Constraints: a must-link partner's
/// incident wins over the assigner, incidents holding a cannot-link partner are not candidates,
/// and a bridging merge that would unite a cannot-link pair is not done. Placements: a claim an
/// analyst placed is not moved by linking of other reports, so incidents holding one are left out
/// of bridging merges (a new claim may still join them: that moves nobody). It moves again only
/// when its own report is updated: the update re-inserts its claims unmarked and re-links them,
/// honouring their constraints.
/// </summary>
public sealed class LinkGuard(ILogger<LinkGuard> logger)
{
    public async Task<ClaimConstraints> ForClaimAsync(ILinkingTables tables, string reportId, int claimIndex)
    {
        var partners = await tables.PartnersAsync(reportId, claimIndex);
        if (partners.Count == 0)
        {
            return ClaimConstraints.None;
        }
        var excluded = partners.Where(p => p.Kind == ConstraintKinds.CannotLink).Select(p => p.IncidentId).ToHashSet(StringComparer.Ordinal);
        var mustLink = partners.Where(p => p.Kind == ConstraintKinds.MustLink).OrderBy(p => p.IncidentId, StringComparer.Ordinal).ToList();
        // Both kinds point at one incident only when a claim's report changed under its constraints;
        // then keeping cannot-linked claims apart is the safer mistake.
        foreach (var conflict in mustLink.Where(p => excluded.Contains(p.IncidentId)))
        {
            logger.LogWarning("Claim {ReportId}#{ClaimIndex}: must-link {ConstraintId} not honoured, {IncidentId} holds a cannot-link partner",
                reportId, claimIndex, conflict.ConstraintId, conflict.IncidentId);
        }
        var required = mustLink.FirstOrDefault(p => !excluded.Contains(p.IncidentId));
        return new ClaimConstraints(required?.IncidentId, required is null ? null : $"{required.ReportId}#{required.ClaimIndex}", excluded);
    }

    /// <summary>The bridging merges into <paramref name="target"/> that may be done, in the assigner's order.</summary>
    public async Task<List<string>> AllowedMergesAsync(ILinkingTables tables, string target, IReadOnlyList<string> absorbed)
    {
        if (absorbed.Count == 0)
        {
            return [];
        }
        var involved = absorbed.Append(target).ToList();
        var placed = await tables.PlacedIncidentIdsAsync(involved);
        var cannotLinks = (await tables.StatesAsync(involved)).Where(s => s.Kind == ConstraintKinds.CannotLink).ToList();
        var united = new HashSet<string>(StringComparer.Ordinal) { target };
        var allowed = new List<string>();
        foreach (var incidentId in absorbed)
        {
            if (placed.Contains(incidentId) || placed.Contains(target))
            {
                logger.LogInformation("Not merging {IncidentId} into {TargetId}: an analyst placed claims there", incidentId, target);
                continue;
            }
            var split = cannotLinks.FirstOrDefault(c =>
                (united.Contains(c.IncidentA) && c.IncidentB == incidentId) || (united.Contains(c.IncidentB) && c.IncidentA == incidentId));
            if (split is not null)
            {
                logger.LogInformation("Not merging {IncidentId} into {TargetId}: cannot-link {ConstraintId}", incidentId, target, split.Id);
                continue;
            }
            united.Add(incidentId);
            allowed.Add(incidentId);
        }
        return allowed;
    }
}
