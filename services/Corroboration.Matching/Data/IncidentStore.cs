using System.Data.Common;
using Corroboration.Core.Matching;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Matching.Data;

/// <summary>Matching's SQL. Writes take the caller's transaction: one claim's linking is one unit.</summary>
public sealed class IncidentStore(DbConnectionFactory db)
{
    private const string IncidentColumns = """
        id, version, occurred_on AS OccurredOn, place, profile_json AS ProfileJson,
        search_text AS SearchText, member_count AS MemberCount, updated_at AS UpdatedAt
        """;

    private const string MemberColumns = """
        report_id AS ReportId, claim_index AS ClaimIndex, incident_id AS IncidentId, member_json AS MemberJson,
        terms_json AS TermsJson, title, match_probability AS MatchProbability, placed_by AS PlacedBy
        """;

    public DbConnectionFactory Database => db;

    /// <summary>The version last linked of each of the reports that has one.</summary>
    public async Task<Dictionary<string, long>> ReportVersionsAsync(DbTransaction tx, IEnumerable<string> reportIds) =>
        (await tx.Connection!.QueryAsync<(string ReportId, long Version)>(
            $"SELECT report_id, version FROM matching_reports WHERE {db.Dialect.InList("report_id", "@reportIds")}",
            new { reportIds = reportIds.Distinct().ToArray() }, tx)).ToDictionary(r => r.ReportId, r => r.Version, StringComparer.Ordinal);

    /// <summary>The report version last linked. Parameters: reportId, version.</summary>
    public const string SetReportVersionSql = """
        INSERT INTO matching_reports (report_id, version) VALUES (@reportId, @version)
        ON CONFLICT (report_id) DO UPDATE SET version = excluded.version
        """;

    /// <summary>Parameters: a <see cref="MemberRow"/>.</summary>
    public const string InsertMemberSql = """
        INSERT INTO matching_members (report_id, claim_index, incident_id, member_json, terms_json, title, match_probability)
        VALUES (@ReportId, @ClaimIndex, @IncidentId, @MemberJson, @TermsJson, @Title, @MatchProbability)
        """;

    /// <summary>Writes the incident with the next version, returning it. Parameters: an <see cref="IncidentRow"/>.</summary>
    public const string SaveIncidentSql = """
        INSERT INTO matching_incidents (id, version, occurred_on, place, profile_json, search_text, member_count, updated_at)
        VALUES (@Id, 1, @OccurredOn, @Place, @ProfileJson, @SearchText, @MemberCount, @UpdatedAt)
        ON CONFLICT (id) DO UPDATE SET version = matching_incidents.version + 1, occurred_on = excluded.occurred_on,
            place = excluded.place, profile_json = excluded.profile_json, search_text = excluded.search_text,
            member_count = excluded.member_count, updated_at = excluded.updated_at
        RETURNING version
        """;

    /// <summary>The blocking keys of an incident (its index rows).</summary>
    public static readonly KeyRows BlockKeys = new("matching_block_keys", "block_key", "incident_id", IgnoreDuplicates: true);

    /// <summary>
    /// Records the versions linked, in one statement for a batch (report id order, as
    /// <see cref="Storage.Outbox.Inbox.FirstDeliveriesAsync"/> records messages).
    /// </summary>
    public Task SetReportVersionsAsync(DbTransaction tx, IReadOnlyDictionary<string, long> versions)
    {
        if (versions.Count == 0)
        {
            return Task.CompletedTask;
        }
        var listed = new ListedRows<KeyValuePair<string, long>>(db.Dialect,
            ListedColumn<KeyValuePair<string, long>>.Text("report_id", v => v.Key), ListedColumn<KeyValuePair<string, long>>.Integer("version", v => v.Value));
        return tx.Connection!.ExecuteAsync(
            listed.InsertSql("matching_reports", "ON CONFLICT (report_id) DO UPDATE SET version = excluded.version"), listed.Parameters(versions.OrderBy(v => v.Key, StringComparer.Ordinal).ToList()), tx);
    }

    /// <summary>Removes a report's claims, after locking the incidents holding them; returns the removed rows.</summary>
    public async Task<List<MemberRow>> RemoveMembersOfReportAsync(DbTransaction tx, string reportId)
    {
        var holding = (await tx.Connection!.QueryAsync<string>(
            "SELECT DISTINCT incident_id FROM matching_members WHERE report_id = @reportId", new { reportId }, tx)).ToList();
        await IncidentsAsync(tx, holding);
        // RETURNING says where each claim really was, should one have moved before the lock.
        return (await tx.Connection!.QueryAsync<MemberRow>(
            $"DELETE FROM matching_members WHERE report_id = @reportId RETURNING {MemberColumns}", new { reportId }, tx)).ToList();
    }

    /// <summary>
    /// The incidents agreeing with the keys on most kinds of key (BlockingKeys.Kind, here in SQL),
    /// then on most keys, best first. A key more than <see cref="BlockingKeys.MaxIncidentsPerKey"/>
    /// incidents hold is skipped, as the batch clusterer skips it; counting its holders stops one
    /// past that bound, so a common key costs the same however many incidents the store holds.
    /// Kinds are counted as one flag each (the three of <see cref="BlockingKeys.ForClaim"/>) taken
    /// from the claim's keys, not as a distinct count over every holder row, which sorted each
    /// incident's rows again.
    /// </summary>
    public async Task<List<string>> CandidateIdsAsync(DbTransaction tx, IReadOnlyList<string> keys, int limit)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        return (await tx.Connection!.QueryAsync<string>($"""
            WITH usable AS (
                SELECT k, substr(k, 1, 1) AS kind FROM ({db.Dialect.ListTable("@keys")}) AS listed
                WHERE (SELECT COUNT(*) FROM (SELECT 1 FROM matching_block_keys held WHERE held.block_key = k LIMIT @overBound) AS capped) < @overBound)
            SELECT incident_id FROM matching_block_keys JOIN usable ON block_key = usable.k
            GROUP BY incident_id
            ORDER BY MAX(CASE WHEN kind = 'd' THEN 1 ELSE 0 END) + MAX(CASE WHEN kind = 'p' THEN 1 ELSE 0 END)
                    + MAX(CASE WHEN kind IN ('t', 'm') THEN 1 ELSE 0 END) DESC,
                COUNT(*) DESC, incident_id
            LIMIT @limit
            """, new { keys = db.Dialect.ListValue(keys.Distinct()), overBound = BlockingKeys.MaxIncidentsPerKey + 1, limit }, tx)).ToList();
    }

    /// <summary>Reads and row-locks incidents (in id order, so that two lockers of one set cannot deadlock); gone ones are left out.</summary>
    public Task<List<IncidentRow>> IncidentsAsync(DbTransaction tx, IReadOnlyCollection<string> ids) =>
        LockedAsync<IncidentRow>(tx, ids, IncidentColumns);

    /// <summary>
    /// Row-locks incidents as <see cref="IncidentsAsync"/> does, reading only their stamps: for a
    /// caller that needs the lock, or whose parsed copies are mostly current, the profiles' text
    /// (kilobytes each, compressed in the table) is neither unpacked nor sent.
    /// </summary>
    public Task<List<IncidentStamp>> LockIncidentsAsync(DbTransaction tx, IReadOnlyCollection<string> ids) =>
        LockedAsync<IncidentStamp>(tx, ids, "id, version, updated_at AS UpdatedAt");

    private async Task<List<T>> LockedAsync<T>(DbTransaction tx, IReadOnlyCollection<string> ids, string columns) =>
        ids.Count == 0 ? [] : (await tx.Connection!.QueryAsync<T>(
            $"SELECT {columns} FROM matching_incidents WHERE {db.Dialect.InList("id", "@ids")} ORDER BY id {db.Dialect.ForUpdate()}",
            new { ids = ids.ToArray() }, tx)).ToList();

    /// <summary>What an incident id is made of: this prefix and the <see cref="Counters.Incident"/> counter's value.</summary>
    public const string IncidentIdPrefix = "inc-";

    public async Task<string> NextIncidentIdAsync(DbTransaction tx) => $"{IncidentIdPrefix}{await Counters.NextAsync(tx, Counters.Incident):D6}";

    public Task InsertMemberAsync(DbTransaction tx, MemberRow member) => tx.Connection!.ExecuteAsync(InsertMemberSql, member, tx);

    public Task MoveMembersAsync(DbTransaction tx, string fromIncident, string toIncident) =>
        tx.Connection!.ExecuteAsync("UPDATE matching_members SET incident_id = @toIncident WHERE incident_id = @fromIncident", new { fromIncident, toIncident }, tx);

    public Task<MemberRow?> MemberAsync(DbTransaction tx, string reportId, int claimIndex) =>
        tx.Connection!.QuerySingleOrDefaultAsync<MemberRow?>(
            $"SELECT {MemberColumns} FROM matching_members WHERE report_id = @reportId AND claim_index = @claimIndex", new { reportId, claimIndex }, tx);

    /// <summary>An analyst puts a claim into an incident: it counts as asserted (probability 1) and is marked as placed.</summary>
    public Task PlaceMemberAsync(DbTransaction tx, string reportId, int claimIndex, string toIncident, string analyst) =>
        tx.Connection!.ExecuteAsync("""
            UPDATE matching_members SET incident_id = @toIncident, placed_by = @analyst, match_probability = 1
            WHERE report_id = @reportId AND claim_index = @claimIndex
            """, new { reportId, claimIndex, toIncident, analyst }, tx);

    /// <summary>An analyst moves all claims of one incident into another (a merge).</summary>
    public Task PlaceMembersAsync(DbTransaction tx, string fromIncident, string toIncident, string analyst) =>
        tx.Connection!.ExecuteAsync("""
            UPDATE matching_members SET incident_id = @toIncident, placed_by = @analyst, match_probability = 1
            WHERE incident_id = @fromIncident
            """, new { fromIncident, toIncident, analyst }, tx);

    /// <summary>Which of the incidents hold a claim an analyst placed.</summary>
    public async Task<HashSet<string>> PlacedIncidentIdsAsync(DbTransaction tx, IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? [] : (await tx.Connection!.QueryAsync<string>(
            $"SELECT DISTINCT incident_id FROM matching_members WHERE placed_by IS NOT NULL AND {db.Dialect.InList("incident_id", "@ids")}",
            new { ids = ids.ToArray() }, tx)).ToHashSet(StringComparer.Ordinal);

    public async Task<List<MemberRow>> MembersAsync(DbTransaction tx, string incidentId) =>
        (await tx.Connection!.QueryAsync<MemberRow>(
            $"SELECT {MemberColumns} FROM matching_members WHERE incident_id = @incidentId ORDER BY report_id, claim_index", new { incidentId }, tx)).ToList();

    /// <summary>Writes the incident row with the next version and replaces its blocking keys; returns that version.</summary>
    public async Task<long> SaveIncidentAsync(DbTransaction tx, IncidentRow incident, IReadOnlyList<string> keys)
    {
        await ReplaceKeysAsync(tx, incident.Id, keys);
        return await tx.Connection!.QuerySingleAsync<long>(SaveIncidentSql, incident, tx);
    }

    /// <summary>Removes an incident that lost all its members; returns the version its removal carries.</summary>
    public async Task<long> DeleteIncidentAsync(DbTransaction tx, string incidentId)
    {
        await ReplaceKeysAsync(tx, incidentId, []);
        var version = await tx.Connection!.QuerySingleOrDefaultAsync<long?>(
            "DELETE FROM matching_incidents WHERE id = @incidentId RETURNING version", new { incidentId }, tx);
        return (version ?? 0) + 1;
    }

    /// <summary>
    /// Replaces the incident's index keys, holding them all, old and new (see <see
    /// cref="MatchingLocks"/>); the rows of keys it keeps stay as they are (see <see
    /// cref="KeyRows.ReplaceAllAsync"/>). The dropped keys are deleted before they are locked, which
    /// saves a round trip: a busy key rolls the whole transaction back anyway. Locks are taken
    /// without waiting: this transaction already holds other locks, and waiting here could
    /// deadlock; a busy key starts the transaction again with these keys locked from its start.
    /// </summary>
    private async Task ReplaceKeysAsync(DbTransaction tx, string incidentId, IReadOnlyList<string> newKeys)
    {
        var dropped = await BlockKeys.DeleteAllButAsync(tx, newKeys, incidentId);
        if (db.Dialect == SqlDialect.Postgres)
        {
            var locks = dropped.Concat(newKeys).Select(MatchingLocks.Key).ToList();
            if ((await AdvisoryLocks.TryLockAsync(tx, locks)).Count > 0)
            {
                throw new WriteConflictException($"another transaction holds blocking keys of {incidentId}", locks);
            }
        }
        await BlockKeys.InsertAsync(tx, newKeys, incidentId);
    }

    /// <summary>Every incident row, for a linker that holds the tables in memory.</summary>
    public async Task<List<IncidentRow>> AllIncidentsAsync(DbTransaction tx) =>
        (await tx.Connection!.QueryAsync<IncidentRow>($"SELECT {IncidentColumns} FROM matching_incidents", transaction: tx)).ToList();

    /// <summary>Every member row.</summary>
    public async Task<List<MemberRow>> AllMembersAsync(DbTransaction tx) =>
        (await tx.Connection!.QueryAsync<MemberRow>($"SELECT {MemberColumns} FROM matching_members", transaction: tx)).ToList();

    /// <summary>The version last linked of every report.</summary>
    public async Task<List<(string ReportId, long Version)>> AllReportVersionsAsync(DbTransaction tx) =>
        (await tx.Connection!.QueryAsync<(string, long)>("SELECT report_id, version FROM matching_reports", transaction: tx)).ToList();

    public async Task<IncidentRow?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<IncidentRow>(new CommandDefinition(
            $"SELECT {IncidentColumns} FROM matching_incidents WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    public async Task<List<MemberRow>> MembersAsync(string incidentId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<MemberRow>(new CommandDefinition(
            $"SELECT {MemberColumns} FROM matching_members WHERE incident_id = @incidentId ORDER BY report_id, claim_index",
            new { incidentId }, cancellationToken: cancellationToken))).ToList();
    }

    public async Task<MemberRow?> FindMemberAsync(string reportId, int claimIndex, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<MemberRow>(new CommandDefinition(
            $"SELECT {MemberColumns} FROM matching_members WHERE report_id = @reportId AND claim_index = @claimIndex",
            new { reportId, claimIndex }, cancellationToken: cancellationToken));
    }

    public async Task<List<string>> IncidentIdsOfReportAsync(string reportId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT DISTINCT incident_id FROM matching_members WHERE report_id = @reportId ORDER BY incident_id",
            new { reportId }, cancellationToken: cancellationToken))).ToList();
    }

    public async Task<List<IncidentRow>> ListAsync(IncidentQuery query, CancellationToken cancellationToken)
    {
        var like = db.Dialect.ILike();
        var sql = $"""
            SELECT {IncidentColumns} FROM matching_incidents
            WHERE (@AfterId IS NULL OR id > @AfterId)
              AND (@OccurredFrom IS NULL OR occurred_on >= @OccurredFrom)
              AND (@OccurredTo IS NULL OR occurred_on <= @OccurredTo)
              AND (@Place IS NULL OR place {like} '%' || @Place || '%')
              AND (@Text IS NULL OR search_text {like} '%' || @Text || '%')
            ORDER BY id LIMIT @PageSize
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<IncidentRow>(new CommandDefinition(sql, query, cancellationToken: cancellationToken))).ToList();
    }
}
