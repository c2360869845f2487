using System.Data.Common;
using Corroboration.Core.Matching;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Leading;

/// <summary>
/// Linking's tables as the leader holds them: reads answered from memory, changes made there and
/// recorded, and written to the store in one go by <see cref="CompleteAsync"/>, in the transaction
/// (which the inbox and outbox share). No row or key locks: one linker writes these tables, and
/// whoever else does (analysts) waits for it (see <see cref="HeldLinking"/>).
/// </summary>
public sealed class HeldLinkingTables(DbTransaction tx, HeldTables held, IncidentStore store) : ILinkingTables
{
    private readonly HeldChanges _changes = new();

    public DbTransaction Transaction => tx;

    public Task<Dictionary<string, long>> ReportVersionsAsync(IEnumerable<string> reportIds) =>
        Task.FromResult(reportIds.Distinct().Where(held.ReportVersions.ContainsKey)
            .ToDictionary(id => id, id => held.ReportVersions[id], StringComparer.Ordinal));

    public async Task SetReportVersionsAsync(IReadOnlyDictionary<string, long> versions)
    {
        await store.SetReportVersionsAsync(tx, versions);
        foreach (var (reportId, version) in versions)
        {
            held.ReportVersions[reportId] = version;
        }
    }

    public Task<HashSet<(string ReportId, int ClaimIndex)>> ConstrainedClaimsAsync(IEnumerable<string> reportIds) =>
        Task.FromResult(reportIds.Distinct().SelectMany(id => held.ConstrainedOfReport.GetValueOrDefault(id) ?? [])
            .Select(c => (c.ReportId, c.ClaimIndex)).ToHashSet());

    public Task<List<ConstraintPartner>> PartnersAsync(string reportId, int claimIndex)
    {
        var claim = new ClaimKey(reportId, claimIndex);
        var partners = new List<ConstraintPartner>();
        foreach (var constraint in held.ConstraintsOf.GetValueOrDefault(claim) ?? [])
        {
            var other = Other(constraint, claim);
            if (held.Members.TryGetValue(other, out var member))
            {
                partners.Add(new ConstraintPartner
                {
                    ConstraintId = constraint.Id, Kind = constraint.Kind,
                    ReportId = other.ReportId, ClaimIndex = other.ClaimIndex, IncidentId = member.Row.IncidentId,
                });
            }
        }
        return Task.FromResult(partners);
    }

    public Task<List<ConstraintState>> StatesAsync(IReadOnlyCollection<string> incidentIds)
    {
        var constraints = incidentIds.Distinct().Where(held.Incidents.ContainsKey)
            .SelectMany(id => held.Incidents[id].Members.Keys)
            .SelectMany(claim => held.ConstraintsOf.GetValueOrDefault(claim) ?? [])
            .DistinctBy(c => c.Id).OrderBy(c => c.Id, StringComparer.Ordinal);
        var states = new List<ConstraintState>();
        foreach (var c in constraints)
        {
            if (held.Members.TryGetValue(new ClaimKey(c.ReportA, c.ClaimA), out var a) && held.Members.TryGetValue(new ClaimKey(c.ReportB, c.ClaimB), out var b))
            {
                states.Add(new ConstraintState
                {
                    Id = c.Id, Kind = c.Kind, ReportA = c.ReportA, ClaimA = c.ClaimA, IncidentA = a.Row.IncidentId,
                    ReportB = c.ReportB, ClaimB = c.ClaimB, IncidentB = b.Row.IncidentId,
                });
            }
        }
        return Task.FromResult(states);
    }

    private static ClaimKey Other(ConstraintRow constraint, ClaimKey claim) =>
        claim == new ClaimKey(constraint.ReportA, constraint.ClaimA) ? new(constraint.ReportB, constraint.ClaimB) : new(constraint.ReportA, constraint.ClaimA);

    public Task<List<MemberRow>> RemoveMembersOfReportAsync(string reportId)
    {
        var removed = new List<MemberRow>();
        foreach (var index in held.ClaimsOfReport.GetValueOrDefault(reportId)?.ToList() ?? [])
        {
            var claim = new ClaimKey(reportId, index);
            removed.Add(held.Members[claim].Row);
            held.RemoveMember(claim);
            _changes.MemberRemoved(claim);
        }
        return Task.FromResult(removed);
    }

    /// <summary>In id order, as the stored tables lock and return them.</summary>
    public Task<List<string>> CandidateIdsAsync(IReadOnlyList<string> keys, int limit) =>
        Task.FromResult(held.Index.Candidates(keys.Distinct().ToList(), limit).Select(held.Index.IdOf).Order(StringComparer.Ordinal).ToList());

    public Task<HashSet<string>> LockIncidentsAsync(IReadOnlyCollection<string> ids) =>
        Task.FromResult(ids.Where(id => held.Incidents.GetValueOrDefault(id)?.Row is not null).ToHashSet(StringComparer.Ordinal));

    public Task<Dictionary<string, IncidentProfile>> LockedProfilesAsync(IReadOnlyCollection<string> ids) =>
        Task.FromResult(ids.Distinct().Order(StringComparer.Ordinal)
            .Select(id => (Id: id, held.Incidents.GetValueOrDefault(id)?.Profile)).Where(p => p.Profile is not null)
            .ToDictionary(p => p.Id, p => p.Profile!, StringComparer.Ordinal));

    public Task<string> NextIncidentIdAsync()
    {
        _changes.CounterChanged = true;
        return Task.FromResult($"{IncidentStore.IncidentIdPrefix}{++held.IncidentCounter:D6}");
    }

    public Task InsertMemberAsync(LinkMember member)
    {
        held.AddMember(member);
        _changes.MemberAdded(member);
        return Task.CompletedTask;
    }

    public Task MoveMembersAsync(string fromIncident, string toIncident)
    {
        foreach (var member in held.Incidents.GetValueOrDefault(fromIncident)?.Members.Values.ToList() ?? [])
        {
            var moved = member with { Row = member.Row with { IncidentId = toIncident } };
            held.RemoveMember(ClaimKey.Of(member.Row));
            held.AddMember(moved);
            _changes.MemberMoved(moved);
        }
        return Task.CompletedTask;
    }

    public Task<List<LinkMember>> MembersAsync(string incidentId) =>
        Task.FromResult(held.Incidents.GetValueOrDefault(incidentId)?.Members.Values.ToList() ?? []);

    public Task<HashSet<string>> PlacedIncidentIdsAsync(IReadOnlyCollection<string> ids) =>
        Task.FromResult(ids.Where(id => held.Incidents.GetValueOrDefault(id)?.Members.Values.Any(m => m.Row.PlacedBy is not null) == true)
            .ToHashSet(StringComparer.Ordinal));

    public Task<long> SaveIncidentAsync(IncidentRow row, IncidentProfile profile, IReadOnlyList<string> keys)
    {
        var incident = held.Incident(row.Id);
        _changes.IncidentChanging(row.Id, incident);
        var version = (incident.Row?.Version ?? 0) + 1;
        held.SetIncident(row with { Version = version }, profile, keys);
        return Task.FromResult(version);
    }

    public Task<long> DeleteIncidentAsync(string incidentId)
    {
        var incident = held.Incidents.GetValueOrDefault(incidentId);
        _changes.IncidentChanging(incidentId, incident);
        held.RemoveIncident(incidentId);
        return Task.FromResult((incident?.Row?.Version ?? 0) + 1);
    }

    /// <summary>Writes what this transaction changed, net, in a few statements.</summary>
    public Task CompleteAsync() => HeldTablesWriter.WriteAsync(tx, held, _changes);
}
