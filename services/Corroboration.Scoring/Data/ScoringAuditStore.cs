using System.Data.Common;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Scoring.Data;

/// <summary>The SQL of Scoring's audit log: who changed what, when and why.</summary>
public sealed class ScoringAuditStore(DbConnectionFactory db)
{
    /// <summary>Writes an entry in the change's transaction, so the log holds exactly the changes that happened.</summary>
    public async Task<long> AppendAsync(DbTransaction tx, ScoringAuditRow row)
    {
        var id = await tx.Connection!.QuerySingleAsync<long>(
            "UPDATE scoring_counters SET value = value + 1 WHERE name = 'audit' RETURNING value", transaction: tx);
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO scoring_audit (id, acted_at, analyst, action, incident_id, source, source_key, details, reason)
            VALUES (@Id, @ActedAt, @Analyst, @Action, @IncidentId, @Source, @SourceKey, @Details, @Reason)
            """, row with { Id = id }, tx);
        return id;
    }

    public async Task<List<ScoringAuditRow>> ListAsync(ScoringAuditQuery query, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT id, acted_at AS ActedAt, analyst, action, incident_id AS IncidentId, source, source_key AS SourceKey, details, reason
            FROM scoring_audit
            WHERE (@IncidentId IS NULL OR incident_id = @IncidentId)
              AND (@SourceKey IS NULL OR source_key = @SourceKey)
              AND (@BeforeId IS NULL OR id < @BeforeId)
            ORDER BY id DESC LIMIT @PageSize
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ScoringAuditRow>(new CommandDefinition(sql, query, cancellationToken: cancellationToken))).ToList();
    }
}
