using System.Data.Common;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;
using Corroboration.Storage.Outbox;

namespace Corroboration.Matching.Linking;

/// <summary>
/// After claims moved (by the linker or an analyst): recomputes the profile and blocking keys of
/// every touched incident, or removes one left without members, and writes the announcements to
/// the outbox in the same transaction (the caller wakes the relay once it commits).
/// </summary>
public sealed class IncidentRefresher([FromKeyedServices(MatchingSchema.Service)] Outbox outbox)
{
    public Outbox Outbox => outbox;

    /// <param name="touched">Incident id → the reason its change is announced with.</param>
    public async Task<List<IncidentChanged>> SaveAsync(ILinkingTables tables, IReadOnlyDictionary<string, string> touched)
    {
        var changes = await RefreshAsync(tables, touched);
        await AnnounceAsync(tables.Transaction, changes);
        return changes;
    }

    /// <summary>Rewrites the touched incidents (rows and keys) without announcing them: what <see cref="AnnounceAsync"/> is for.</summary>
    public async Task<List<IncidentChanged>> RefreshAsync(ILinkingTables tables, IReadOnlyDictionary<string, string> touched)
    {
        var changes = new List<IncidentChanged>();
        foreach (var (incidentId, reason) in touched.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var held = await tables.MembersAsync(incidentId);
            if (held.Count == 0)
            {
                changes.Add(new IncidentChanged(incidentId, await tables.DeleteIncidentAsync(incidentId), reason, []));
                continue;
            }
            var profile = IncidentProfile.Build(held.Select(m => m.Claim).ToList());
            var members = held.Select(m => m.Member).ToList();
            var row = Row(incidentId, held.Select(m => m.Row).ToList(), members, profile);
            var version = await tables.SaveIncidentAsync(row, profile, BlockingKeys.ForIncident(profile));
            changes.Add(new IncidentChanged(incidentId, version, reason, members));
        }
        return changes;
    }

    /// <param name="traceOf">The trace each announcement continues; the current one without it.</param>
    public Task AnnounceAsync(DbTransaction tx, IEnumerable<IncidentChanged> changes, Func<IncidentChanged, string?>? traceOf = null) =>
        outbox.AddAllAsync(tx, changes.Select(change => (change, traceOf?.Invoke(change))).ToList());

    /// <summary>
    /// The incident's row (its version is the store's to number) from its member rows in the
    /// store's order (report id, claim index), their members and the profile built from them.
    /// </summary>
    public static IncidentRow Row(string incidentId, IReadOnlyList<MemberRow> rows, IReadOnlyList<IncidentMember> members, IncidentProfile profile) => new()
    {
        Id = incidentId,
        OccurredOn = profile.Date is { } date ? IsoDates.Format(date.From) : null,
        Place = members.Select(m => m.Claim.Place).FirstOrDefault(p => p is not null),
        ProfileJson = ProfileJson.Write(profile),
        SearchText = SearchText(rows, profile),
        MemberCount = rows.Count,
        UpdatedAt = DateTimeOffset.UtcNow.ToString("O"),
    };

    /// <summary>Titles, places and key words: what ListIncidents' text filter searches.</summary>
    private static string SearchText(IReadOnlyList<MemberRow> rows, IncidentProfile profile)
    {
        var text = string.Join(" | ", rows.Select(r => r.Title).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct()
            .Concat(profile.PlaceKeys).Concat(profile.Terms.TopTerms(30)));
        return text.Length > 4000 ? text[..4000] : text;
    }
}
