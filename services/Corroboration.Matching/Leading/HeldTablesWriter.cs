using System.Data.Common;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Matching.Leading;

/// <summary>
/// Writes a transaction's <see cref="HeldChanges"/> to the store: a statement for each kind of
/// change, however many rows it has (<see cref="ListedRows{TRow}"/>), where linking statement by
/// statement wrote about ten for every report.
/// </summary>
public static class HeldTablesWriter
{
    private sealed record KeyPair(string BlockKey, string IncidentId);

    public static async Task WriteAsync(DbTransaction tx, HeldTables held, HeldChanges changes)
    {
        var dialect = tx.Dialect();
        var (droppedKeys, addedKeys) = KeyChanges(held, changes);
        var gone = changes.KeysBefore.Keys.Where(id => held.Incidents.GetValueOrDefault(id)?.Row is null).ToList();
        var saved = changes.KeysBefore.Keys.Select(id => held.Incidents.GetValueOrDefault(id)?.Row).OfType<IncidentRow>().ToList();
        await RunAsync(tx, droppedKeys, new ListedRows<KeyPair>(dialect, KeyColumns),
            listed => $"DELETE FROM matching_block_keys WHERE (block_key, incident_id) IN (SELECT block_key, incident_id FROM ({listed.Sql}) AS dropped)");
        await RunAsync(tx, gone, new ListedRows<string>(dialect, ListedColumn<string>.Text("id", id => id)),
            listed => $"DELETE FROM matching_incidents WHERE id IN (SELECT id FROM ({listed.Sql}) AS gone)");
        await RunAsync(tx, changes.Removed, new ListedRows<ClaimKey>(dialect,
                ListedColumn<ClaimKey>.Text("report_id", c => c.ReportId), ListedColumn<ClaimKey>.Integer("claim_index", c => c.ClaimIndex)),
            listed => $"DELETE FROM matching_members WHERE (report_id, claim_index) IN (SELECT report_id, claim_index FROM ({listed.Sql}) AS removed)");
        await RunAsync(tx, changes.Added.Values.Select(m => m.Row).ToList(), new ListedRows<MemberRow>(dialect, MemberColumns),
            listed => listed.InsertSql("matching_members"));
        await RunAsync(tx, changes.Moved.Select(c => held.Members[c].Row).ToList(), new ListedRows<MemberRow>(dialect,
                ListedColumn<MemberRow>.Text("report_id", m => m.ReportId), ListedColumn<MemberRow>.Integer("claim_index", m => m.ClaimIndex),
                ListedColumn<MemberRow>.Text("incident_id", m => m.IncidentId)),
            listed => $"""
                UPDATE matching_members SET incident_id = moved.incident_id FROM ({listed.Sql}) AS moved
                WHERE matching_members.report_id = moved.report_id AND matching_members.claim_index = moved.claim_index
                """);
        await RunAsync(tx, saved, new ListedRows<IncidentRow>(dialect, IncidentColumns),
            listed => listed.InsertSql("matching_incidents", """
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, occurred_on = excluded.occurred_on, place = excluded.place,
                    profile_json = excluded.profile_json, search_text = excluded.search_text, member_count = excluded.member_count,
                    updated_at = excluded.updated_at
                """));
        await RunAsync(tx, addedKeys, new ListedRows<KeyPair>(dialect, KeyColumns),
            listed => listed.InsertSql("matching_block_keys", "ON CONFLICT DO NOTHING"));
        if (changes.CounterChanged)
        {
            await tx.Connection!.ExecuteAsync(Counters.SetSql, new { name = Counters.Incident, value = held.IncidentCounter }, tx);
        }
        held.Written(changes.Added.Keys, saved.Select(row => row.Id));
    }

    /// <summary>The index rows each written incident lost and gained since its first change in the transaction.</summary>
    private static (List<KeyPair> Dropped, List<KeyPair> Added) KeyChanges(HeldTables held, HeldChanges changes)
    {
        var (dropped, added) = (new List<KeyPair>(), new List<KeyPair>());
        foreach (var (id, before) in changes.KeysBefore)
        {
            var after = held.Incidents.GetValueOrDefault(id)?.Row is null ? [] : held.Incidents[id].Keys;
            dropped.AddRange(before.Except(after, StringComparer.Ordinal).Select(key => new KeyPair(key, id)));
            added.AddRange(after.Except(before, StringComparer.Ordinal).Select(key => new KeyPair(key, id)));
        }
        return (dropped, added);
    }

    private static readonly ListedColumn<KeyPair>[] KeyColumns =
        [ListedColumn<KeyPair>.Text("block_key", k => k.BlockKey), ListedColumn<KeyPair>.Text("incident_id", k => k.IncidentId)];

    private static readonly ListedColumn<MemberRow>[] MemberColumns =
    [
        ListedColumn<MemberRow>.Text("report_id", m => m.ReportId), ListedColumn<MemberRow>.Integer("claim_index", m => m.ClaimIndex),
        ListedColumn<MemberRow>.Text("incident_id", m => m.IncidentId), ListedColumn<MemberRow>.Text("member_json", m => m.MemberJson),
        ListedColumn<MemberRow>.Text("terms_json", m => m.TermsJson), ListedColumn<MemberRow>.Text("title", m => m.Title),
        ListedColumn<MemberRow>.Real("match_probability", m => m.MatchProbability), ListedColumn<MemberRow>.Text("placed_by", m => m.PlacedBy),
    ];

    private static readonly ListedColumn<IncidentRow>[] IncidentColumns =
    [
        ListedColumn<IncidentRow>.Text("id", i => i.Id), ListedColumn<IncidentRow>.Integer("version", i => i.Version),
        ListedColumn<IncidentRow>.Text("occurred_on", i => i.OccurredOn), ListedColumn<IncidentRow>.Text("place", i => i.Place),
        ListedColumn<IncidentRow>.Text("profile_json", i => i.ProfileJson), ListedColumn<IncidentRow>.Text("search_text", i => i.SearchText),
        ListedColumn<IncidentRow>.Integer("member_count", i => i.MemberCount), ListedColumn<IncidentRow>.Text("updated_at", i => i.UpdatedAt),
    ];

    private static Task RunAsync<TRow>(DbTransaction tx, IReadOnlyCollection<TRow> rows, ListedRows<TRow> listed, Func<ListedRows<TRow>, string> sql) =>
        rows.Count == 0 ? Task.CompletedTask : tx.Connection!.ExecuteAsync(sql(listed), listed.Parameters(rows), tx);
}
