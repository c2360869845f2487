using System.Data.Common;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Matching's tables as linking reads and writes them within one transaction. The rules of linking
/// (<see cref="IncidentLinker"/>, <see cref="IncidentRefresher"/>, <see cref="LinkGuard"/>) are
/// written once against this; <see cref="StoredLinkingTables"/> is the tables themselves, read and
/// written statement by statement through the transaction.
/// </summary>
public interface ILinkingTables
{
    /// <summary>The transaction everything here commits with (the inbox and outbox write in it too).</summary>
    DbTransaction Transaction { get; }

    /// <summary>The version last linked of each of the reports that has one.</summary>
    Task<Dictionary<string, long>> ReportVersionsAsync(IEnumerable<string> reportIds);

    Task SetReportVersionsAsync(IReadOnlyDictionary<string, long> versions);

    /// <summary>The claims of these reports that have a constraint (on either side).</summary>
    Task<HashSet<(string ReportId, int ClaimIndex)>> ConstrainedClaimsAsync(IEnumerable<string> reportIds);

    /// <summary>The claims constrained with one claim that are members now, and where they are.</summary>
    Task<List<ConstraintPartner>> PartnersAsync(string reportId, int claimIndex);

    /// <summary>Constraints with both claims members and at least one in the given incidents.</summary>
    Task<List<ConstraintState>> StatesAsync(IReadOnlyCollection<string> incidentIds);

    /// <summary>Removes a report's claims, after locking the incidents holding them; returns the removed rows.</summary>
    Task<List<MemberRow>> RemoveMembersOfReportAsync(string reportId);

    /// <summary>The incidents agreeing best with the keys, best first (see <see cref="IncidentStore.CandidateIdsAsync"/>).</summary>
    Task<List<string>> CandidateIdsAsync(IReadOnlyList<string> keys, int limit);

    /// <summary>Row-locks the incidents and returns which exist.</summary>
    Task<HashSet<string>> LockIncidentsAsync(IReadOnlyCollection<string> ids);

    /// <summary>Row-locks the incidents and returns the profiles of those that exist.</summary>
    Task<Dictionary<string, IncidentProfile>> LockedProfilesAsync(IReadOnlyCollection<string> ids);

    Task<string> NextIncidentIdAsync();

    Task InsertMemberAsync(LinkMember member);

    Task MoveMembersAsync(string fromIncident, string toIncident);

    /// <summary>An incident's members in report id, claim index order.</summary>
    Task<List<LinkMember>> MembersAsync(string incidentId);

    /// <summary>Which of the incidents hold a claim an analyst placed.</summary>
    Task<HashSet<string>> PlacedIncidentIdsAsync(IReadOnlyCollection<string> ids);

    /// <summary>Writes the incident row with the next version and replaces its blocking keys; returns that version.</summary>
    Task<long> SaveIncidentAsync(IncidentRow row, IncidentProfile profile, IReadOnlyList<string> keys);

    /// <summary>Removes an incident that lost all its members; returns the version its removal carries.</summary>
    Task<long> DeleteIncidentAsync(string incidentId);

    /// <summary>Writes whatever was held back until the transaction's end.</summary>
    Task CompleteAsync();
}
