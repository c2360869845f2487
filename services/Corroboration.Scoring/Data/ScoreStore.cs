using System.Data.Common;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Scoring.Data;

/// <summary>Scoring's SQL.</summary>
public sealed class ScoreStore(DbConnectionFactory db)
{
    private const string Columns = """
        incident_id AS IncidentId, version, matching_version AS MatchingVersion, removed, confidence, grade,
        incident_json AS IncidentJson, reason, scored_at AS ScoredAt
        """;

    public DbConnectionFactory Database => db;

    public Task<ScoreRow?> CurrentAsync(DbTransaction tx, string incidentId) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ScoreRow>(
            $"SELECT {Columns} FROM scoring_scores WHERE incident_id = @incidentId {db.Dialect.ForUpdate()}", new { incidentId }, tx);

    /// <summary>Writes the new current score and appends it to the history.</summary>
    public async Task SaveAsync(DbTransaction tx, ScoreRow row)
    {
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO scoring_scores (incident_id, version, matching_version, removed, confidence, grade, incident_json, reason, scored_at)
            VALUES (@IncidentId, @Version, @MatchingVersion, @Removed, @Confidence, @Grade, @IncidentJson, @Reason, @ScoredAt)
            ON CONFLICT (incident_id) DO UPDATE SET version = excluded.version, matching_version = excluded.matching_version,
                removed = excluded.removed, confidence = excluded.confidence, grade = excluded.grade,
                incident_json = excluded.incident_json, reason = excluded.reason, scored_at = excluded.scored_at
            """, row, tx);
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO scoring_history (incident_id, version, matching_version, confidence, grade, incident_json, reason, scored_at)
            VALUES (@IncidentId, @Version, @MatchingVersion, @Confidence, @Grade, @IncidentJson, @Reason, @ScoredAt)
            """, row, tx);
    }

    public async Task<ScoreRow?> FindAsync(string incidentId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ScoreRow>(new CommandDefinition(
            $"SELECT {Columns} FROM scoring_scores WHERE incident_id = @incidentId AND removed = 0", new { incidentId }, cancellationToken: cancellationToken));
    }

    public async Task<List<ScoreRow>> ListAsync(ScoreQuery query, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {Columns} FROM scoring_scores
            WHERE removed = 0
              AND (@AfterId IS NULL OR incident_id > @AfterId)
              AND (@Grade IS NULL OR grade = @Grade)
              AND confidence >= @MinConfidence
            ORDER BY incident_id LIMIT @PageSize
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ScoreRow>(new CommandDefinition(sql, query, cancellationToken: cancellationToken))).ToList();
    }
}
