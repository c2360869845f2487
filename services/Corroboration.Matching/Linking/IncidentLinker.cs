using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;
using MassTransit;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Links each claim of an ingested report to an incident in one transaction: withdraws the
/// report's earlier claims, finds candidates through the blocking index, lets the assigner
/// decide, merges incidents the claim bridges, then announces every incident that changed.
/// </summary>
public sealed class IncidentLinker(IncidentStore store, IncidentAssigner assigner, IPublishEndpoint publisher, ILogger<IncidentLinker> logger)
{
    private const int MaxCandidates = 50;

    public async Task LinkAsync(ReportIngested report, CancellationToken cancellationToken)
    {
        List<IncidentChanged> changes;
        await using (var connection = await store.Database.OpenAsync(cancellationToken))
        await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
        {
            if (await store.ReportVersionAsync(tx, report.ReportId) >= report.Version)
            {
                logger.LogDebug("Report {ReportId} version {Version} already linked", report.ReportId, report.Version);
                return;
            }
            var touched = new Dictionary<string, string>(StringComparer.Ordinal); // incident → reason
            foreach (var withdrawn in await store.RemoveMembersOfReportAsync(tx, report.ReportId))
            {
                touched[withdrawn.IncidentId] = $"report {report.ReportId} updated";
            }
            var terms = TermVector.FromText(report.Title + "\n" + report.Text);
            var ownIncidents = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < report.Claims.Count; i++)
            {
                var member = new IncidentMember(report.ReportId, i, report.Source, report.SourceType, report.PublishedOn, TextDigest(report), report.Claims[i]);
                var (incidentId, reason) = await LinkClaimAsync(tx, member, terms, report.Title, ownIncidents, touched);
                ownIncidents.Add(incidentId);
                touched[incidentId] = reason;
            }
            await store.SetReportVersionAsync(tx, report.ReportId, report.Version);
            changes = await SaveTouchedAsync(tx, touched);
            await tx.CommitAsync(cancellationToken);
        }
        foreach (var change in changes)
        {
            await publisher.Publish(change, cancellationToken);
        }
    }

    private async Task<(string IncidentId, string Reason)> LinkClaimAsync(
        System.Data.Common.DbTransaction tx, IncidentMember member, TermVector terms, string? title,
        HashSet<string> ownIncidents, Dictionary<string, string> touched)
    {
        var claim = ClaimProfile.Of(member, terms);
        // Claims of one report describe different incidents, so they never share one.
        var candidateIds = (await store.CandidateIdsAsync(tx, BlockingKeys.ForClaim(claim), MaxCandidates)).Where(id => !ownIncidents.Contains(id)).ToList();
        var candidates = (await store.IncidentsAsync(tx, candidateIds)).ToDictionary(r => r.Id, ProfileJson.Profile, StringComparer.Ordinal);
        var assignment = assigner.Assign(claim, candidates);
        var incidentId = assignment.IncidentId ?? await store.NextIncidentIdAsync(tx);
        foreach (var absorbed in assignment.Absorbed)
        {
            await store.MoveMembersAsync(tx, absorbed, incidentId);
            touched[absorbed] = $"merged into {incidentId} by report {member.ReportId}";
        }
        await store.InsertMemberAsync(tx, new MemberRow
        {
            ReportId = member.ReportId,
            ClaimIndex = member.ClaimIndex,
            IncidentId = incidentId,
            MemberJson = ProfileJson.Write(member),
            TermsJson = ProfileJson.Write(terms.Weights),
            Title = title,
            MatchProbability = assignment.Decision?.Probability ?? 1.0,
        });
        var reason = assignment.IncidentId is null
            ? $"new incident from report {member.ReportId}"
            : $"report {member.ReportId} joined (match probability {assignment.Decision!.Probability:0.00})";
        return (incidentId, assignment.Absorbed.Count > 0 ? reason + $", merging {string.Join(", ", assignment.Absorbed)}" : reason);
    }

    /// <summary>Recomputes the profile of every touched incident, or removes it when it has no members left.</summary>
    private async Task<List<IncidentChanged>> SaveTouchedAsync(System.Data.Common.DbTransaction tx, Dictionary<string, string> touched)
    {
        var changes = new List<IncidentChanged>();
        foreach (var (incidentId, reason) in touched.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var rows = await store.MembersAsync(tx, incidentId);
            if (rows.Count == 0)
            {
                changes.Add(new IncidentChanged(incidentId, await store.DeleteIncidentAsync(tx, incidentId), reason, []));
                continue;
            }
            var profile = IncidentProfile.Build(rows.Select(ProfileJson.ClaimOf).ToList());
            var members = rows.Select(ProfileJson.Member).ToList();
            var version = await store.SaveIncidentAsync(tx, new IncidentRow
            {
                Id = incidentId,
                OccurredOn = profile.Date is { } date ? IsoDates.Format(date.From) : null,
                Place = members.Select(m => m.Claim.Place).FirstOrDefault(p => p is not null),
                ProfileJson = ProfileJson.Write(profile),
                SearchText = SearchText(rows, profile),
                MemberCount = rows.Count,
                UpdatedAt = DateTimeOffset.UtcNow.ToString("O"),
            }, BlockingKeys.ForIncident(profile));
            changes.Add(new IncidentChanged(incidentId, version, reason, members));
        }
        return changes;
    }

    /// <summary>Titles, places and key words: what ListIncidents' text filter searches.</summary>
    private static string SearchText(List<MemberRow> rows, IncidentProfile profile)
    {
        var text = string.Join(" | ", rows.Select(r => r.Title).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct()
            .Concat(profile.PlaceKeys).Concat(profile.Terms.TopTerms(30)));
        return text.Length > 4000 ? text[..4000] : text;
    }

    private static string TextDigest(ReportIngested report) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join(' ', Core.Text.Tokenizer.NormalizedWords(report.Text)))))[..32];
}
