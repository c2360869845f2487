using System.Data.Common;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Scoring.Data;

/// <summary>The SQL of scores: the current one per incident, its history, and what it was computed from.</summary>
public sealed class ScoreStore(DbConnectionFactory db)
{
    private const string Columns = """
        incident_id AS IncidentId, version, matching_version AS MatchingVersion, removed, confidence, grade,
        incident_json AS IncidentJson, reason, scored_at AS ScoredAt, members_json AS MembersJson,
        occurred_on AS OccurredOn, place, report_count AS ReportCount
        """;

    public DbConnectionFactory Database => db;

    public Task<ScoreRow?> CurrentAsync(DbTransaction tx, string incidentId) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ScoreRow>(
            $"SELECT {Columns} FROM scoring_scores WHERE incident_id = @incidentId {db.Dialect.ForUpdate()}", new { incidentId }, tx);

    private const string CurrentColumns =
        "incident_id, version, matching_version, removed, confidence, grade, incident_json, reason, scored_at, members_json, occurred_on, place, report_count";

    private const string HistoryColumns = "incident_id, version, matching_version, confidence, grade, incident_json, reason, scored_at";

    private const string ReplaceCurrent = """
        ON CONFLICT (incident_id) DO UPDATE SET version = excluded.version, matching_version = excluded.matching_version,
            removed = excluded.removed, confidence = excluded.confidence, grade = excluded.grade,
            incident_json = excluded.incident_json, reason = excluded.reason, scored_at = excluded.scored_at,
            members_json = excluded.members_json, occurred_on = excluded.occurred_on, place = excluded.place,
            report_count = excluded.report_count
        """;

    /// <summary>The current score of an incident. Parameters: a <see cref="ScoreRow"/>.</summary>
    public const string SaveCurrentSql = $"""
        INSERT INTO scoring_scores ({CurrentColumns})
        VALUES (@IncidentId, @Version, @MatchingVersion, @Removed, @Confidence, @Grade, @IncidentJson, @Reason, @ScoredAt, @MembersJson,
            @OccurredOn, @Place, @ReportCount)
        {ReplaceCurrent}
        """;

    /// <summary>One version of an incident's score. Parameters: a <see cref="ScoreRow"/>.</summary>
    public const string AppendHistorySql = $"""
        INSERT INTO scoring_history ({HistoryColumns})
        VALUES (@IncidentId, @Version, @MatchingVersion, @Confidence, @Grade, @IncidentJson, @Reason, @ScoredAt)
        """;

    /// <summary>The sources (by key) of an incident, for finding the incidents a source is in.</summary>
    public static readonly KeyRows IncidentSources = new("scoring_incident_sources", "source_key", "incident_id", IgnoreDuplicates: true);

    /// <summary>The current scores of the incidents that have one, locked for the transaction.</summary>
    public async Task<Dictionary<string, ScoreRow>> CurrentAllAsync(DbTransaction tx, IReadOnlyCollection<string> incidentIds)
    {
        var dialect = tx.Dialect();
        var rows = await tx.Connection!.QueryAsync<ScoreRow>(
            $"SELECT {Columns} FROM scoring_scores WHERE {dialect.InList("incident_id", "@incidentIds")} {dialect.ForUpdate()}", new { incidentIds = incidentIds.ToArray() }, tx);
        return rows.ToDictionary(row => row.IncidentId, StringComparer.Ordinal);
    }

    /// <summary>Writes the new current score and appends it to the history.</summary>
    public Task SaveAsync(DbTransaction tx, ScoreRow row) => SaveAllAsync(tx, [row]);

    /// <summary>
    /// Appends every row to the history, in one statement, and makes each incident's last row its
    /// current score, in another (one statement may not write a row twice).
    /// </summary>
    public async Task SaveAllAsync(DbTransaction tx, IReadOnlyList<ScoreRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var dialect = tx.Dialect();
        var current = rows.GroupBy(row => row.IncidentId, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var listedCurrent = new ListedRows<ScoreRow>(dialect, RowColumns);
        await tx.Connection!.ExecuteAsync(listedCurrent.InsertSql("scoring_scores", ReplaceCurrent), listedCurrent.Parameters(current), tx);
        var listedHistory = new ListedRows<ScoreRow>(dialect, RowColumns.Where(c => HistoryColumns.Split(", ").Contains(c.Name)).ToArray());
        await tx.Connection!.ExecuteAsync(listedHistory.InsertSql("scoring_history"), listedHistory.Parameters(rows), tx);
    }

    private static readonly ListedColumn<ScoreRow>[] RowColumns =
    [
        ListedColumn<ScoreRow>.Text("incident_id", r => r.IncidentId), ListedColumn<ScoreRow>.Integer("version", r => r.Version),
        ListedColumn<ScoreRow>.Integer("matching_version", r => r.MatchingVersion), ListedColumn<ScoreRow>.Integer("removed", r => r.Removed),
        ListedColumn<ScoreRow>.Real("confidence", r => r.Confidence), ListedColumn<ScoreRow>.Text("grade", r => r.Grade),
        ListedColumn<ScoreRow>.Text("incident_json", r => r.IncidentJson), ListedColumn<ScoreRow>.Text("reason", r => r.Reason),
        ListedColumn<ScoreRow>.Text("scored_at", r => r.ScoredAt), ListedColumn<ScoreRow>.Text("members_json", r => r.MembersJson),
        ListedColumn<ScoreRow>.Text("occurred_on", r => r.OccurredOn), ListedColumn<ScoreRow>.Text("place", r => r.Place),
        ListedColumn<ScoreRow>.Integer("report_count", r => r.ReportCount),
    ];

    /// <summary>Records which sources (by key) each incident's members come from, replacing what was there.</summary>
    public Task SaveAllSourcesAsync(DbTransaction tx, IReadOnlyDictionary<string, List<string>> sourceKeysByIncident) =>
        IncidentSources.ReplaceAllAsync(tx, sourceKeysByIncident);

    public async Task<ScoreRow?> FindAsync(string incidentId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ScoreRow>(new CommandDefinition(
            $"SELECT {Columns} FROM scoring_scores WHERE incident_id = @incidentId AND removed = 0", new { incidentId }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// One page of current scores: only the filters the query sets become conditions, and the
    /// page starts after the query's position in its order (keyset paging, so a page costs the
    /// same wherever it is and rows do not shift between pages as scores are added).
    /// </summary>
    public async Task<List<ScoreRow>> ListAsync(ScoreQuery query, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "removed = 0", "confidence >= @MinConfidence" };
        var parameters = new DynamicParameters(new { query.MinConfidence, query.PageSize });
        void Where(string condition, string name, object? value)
        {
            if (value is not null)
            {
                conditions.Add(condition);
                parameters.Add(name, value);
            }
        }
        Where("grade = @Grade", "Grade", query.Grade);
        Where("occurred_on >= @OccurredFrom", "OccurredFrom", query.OccurredFrom);
        Where("occurred_on <> '' AND occurred_on <= @OccurredTo", "OccurredTo", query.OccurredTo);
        Where($"place {db.Dialect.ILike()} '%' || @Place || '%'", "Place", query.Place);
        Where(db.Dialect.InList("incident_id", "@IncidentIds"), "IncidentIds", query.IncidentIds?.ToArray());
        var order = query.Order;
        var direction = order.Descending ? "DESC" : "ASC";
        if (query.After is { } after)
        {
            // Row values compare the order column, then the incident id that breaks its ties.
            var beyond = order.Descending ? "<" : ">";
            conditions.Add(order.IsById ? $"incident_id {beyond} @AfterId" : $"({order.Column}, incident_id) {beyond} (@AfterKey, @AfterId)");
            parameters.Add("AfterKey", after.Key);
            parameters.Add("AfterId", after.IncidentId);
        }
        var orderBy = order.IsById ? $"incident_id {direction}" : $"{order.Column} {direction}, incident_id {direction}";
        var sql = $"SELECT {Columns} FROM scoring_scores WHERE {string.Join(" AND ", conditions)} ORDER BY {orderBy} LIMIT @PageSize";
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ScoreRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Versions of an incident's score, newest first, before <paramref name="beforeVersion"/> when given.</summary>
    public async Task<List<ScoreRow>> HistoryAsync(string incidentId, long? beforeVersion, int pageSize, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT incident_id AS IncidentId, version, matching_version AS MatchingVersion, confidence, grade,
                   incident_json AS IncidentJson, reason, scored_at AS ScoredAt
            FROM scoring_history
            WHERE incident_id = @incidentId AND (@beforeVersion IS NULL OR version < @beforeVersion)
            ORDER BY version DESC LIMIT @pageSize
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ScoreRow>(new CommandDefinition(sql, new { incidentId, beforeVersion, pageSize }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Every current incident that can be scored again, with its analyst verdict: what reliability learning learns from.</summary>
    public async Task<List<EvidenceRow>> EvidenceAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT s.incident_id AS IncidentId, s.members_json AS MembersJson, f.verdict, s.confidence, s.grade
            FROM scoring_scores s LEFT JOIN scoring_flags f ON f.incident_id = s.incident_id
            WHERE s.removed = 0 AND s.members_json IS NOT NULL
            ORDER BY s.incident_id
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<EvidenceRow>(new CommandDefinition(sql, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>The current incidents a source (by key) has a report in.</summary>
    public async Task<List<string>> IncidentsOfSourceAsync(string sourceKey, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT i.incident_id FROM scoring_incident_sources i
            JOIN scoring_scores s ON s.incident_id = i.incident_id AND s.removed = 0
            WHERE i.source_key = @sourceKey ORDER BY i.incident_id
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(new CommandDefinition(sql, new { sourceKey }, cancellationToken: cancellationToken))).ToList();
    }
}
