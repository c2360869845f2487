using System.Data.Common;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;

namespace Corroboration.Matching.Leading;

/// <summary>Reads <see cref="HeldTables"/> from the store, in the transaction that will use them.</summary>
public static class HeldTablesReader
{
    public static async Task<HeldTables> ReadAsync(DbTransaction tx, IncidentStore store, ConstraintStore constraints)
    {
        var held = new HeldTables { IncidentCounter = await Counters.ValueAsync(tx, Counters.Incident) };
        foreach (var row in await store.AllIncidentsAsync(tx))
        {
            // The keys are the profile's, as the row was written with them.
            var profile = ProfileJson.Profile(row);
            held.SetIncident(row, profile, BlockingKeys.ForIncident(profile));
        }
        foreach (var row in await store.AllMembersAsync(tx))
        {
            var member = ProfileJson.Member(row);
            held.AddMember(new LinkMember(row, member, ProfileJson.ClaimOf(row, member)));
        }
        foreach (var (reportId, version) in await store.AllReportVersionsAsync(tx))
        {
            held.ReportVersions[reportId] = version;
        }
        held.Written(held.Members.Keys.ToList(), held.Incidents.Keys.ToList());
        foreach (var constraint in await constraints.AllAsync(tx))
        {
            held.AddConstraint(constraint);
        }
        return held;
    }
}
