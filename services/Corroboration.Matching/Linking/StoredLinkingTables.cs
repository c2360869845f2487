using System.Data.Common;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>Matching's tables read and written through one transaction, statement by statement.</summary>
public sealed class StoredLinkingTables(DbTransaction tx, IncidentStore store, ConstraintStore constraints, ParsedRows parsed) : ILinkingTables
{
    public DbTransaction Transaction => tx;

    public Task<Dictionary<string, long>> ReportVersionsAsync(IEnumerable<string> reportIds) => store.ReportVersionsAsync(tx, reportIds);

    public Task SetReportVersionsAsync(IReadOnlyDictionary<string, long> versions) => store.SetReportVersionsAsync(tx, versions);

    public Task<HashSet<(string ReportId, int ClaimIndex)>> ConstrainedClaimsAsync(IEnumerable<string> reportIds) =>
        constraints.ConstrainedClaimsAsync(tx, reportIds);

    public Task<List<ConstraintPartner>> PartnersAsync(string reportId, int claimIndex) => constraints.PartnersAsync(tx, reportId, claimIndex);

    public Task<List<ConstraintState>> StatesAsync(IReadOnlyCollection<string> incidentIds) => constraints.StatesAsync(tx, incidentIds);

    public Task<List<MemberRow>> RemoveMembersOfReportAsync(string reportId) => store.RemoveMembersOfReportAsync(tx, reportId);

    public Task<List<string>> CandidateIdsAsync(IReadOnlyList<string> keys, int limit) => store.CandidateIdsAsync(tx, keys, limit);

    public async Task<HashSet<string>> LockIncidentsAsync(IReadOnlyCollection<string> ids) =>
        (await store.LockIncidentsAsync(tx, ids)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Reads the full rows only of those whose parsed copies are out of date: the same hot
    /// incidents are candidates again and again, and their text is most of what a claim's linking reads.
    /// </summary>
    public async Task<Dictionary<string, IncidentProfile>> LockedProfilesAsync(IReadOnlyCollection<string> ids)
    {
        var held = (await store.LockIncidentsAsync(tx, ids)).Select(s => (s.Id, Profile: parsed.Profile(s))).ToList();
        var stale = held.Where(h => h.Profile is null).Select(h => h.Id).ToList();
        // Locked above, so all are there to read.
        var read = (await store.IncidentsAsync(tx, stale)).ToDictionary(r => r.Id, parsed.Profile, StringComparer.Ordinal);
        return held.ToDictionary(h => h.Id, h => h.Profile ?? read[h.Id], StringComparer.Ordinal);
    }

    public Task<string> NextIncidentIdAsync() => store.NextIncidentIdAsync(tx);

    public Task InsertMemberAsync(LinkMember member) => store.InsertMemberAsync(tx, member.Row);

    public Task MoveMembersAsync(string fromIncident, string toIncident) => store.MoveMembersAsync(tx, fromIncident, toIncident);

    public async Task<List<LinkMember>> MembersAsync(string incidentId) => (await store.MembersAsync(tx, incidentId)).Select(parsed.Link).ToList();

    public Task<HashSet<string>> PlacedIncidentIdsAsync(IReadOnlyCollection<string> ids) => store.PlacedIncidentIdsAsync(tx, ids);

    public async Task<long> SaveIncidentAsync(IncidentRow row, IncidentProfile profile, IReadOnlyList<string> keys)
    {
        var version = await store.SaveIncidentAsync(tx, row, keys);
        parsed.Remember(row, version, profile);
        return version;
    }

    public Task<long> DeleteIncidentAsync(string incidentId) => store.DeleteIncidentAsync(tx, incidentId);

    /// <summary>Nothing is held back: every change was a statement of its own.</summary>
    public Task CompleteAsync() => Task.CompletedTask;
}
