using System.Data.Common;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Matching.Data;

/// <summary>The SQL of the audit log: who changed what, when and why.</summary>
public sealed class AuditStore(DbConnectionFactory db)
{
    /// <summary>Writes an entry in the change's transaction, so the log holds exactly the changes that happened.</summary>
    public async Task<long> AppendAsync(DbTransaction tx, AuditRow row)
    {
        var id = await Counters.NextAsync(tx, "audit");
        await tx.Connection!.ExecuteAsync("""
            INSERT INTO matching_audit (id, acted_at, analyst, action, details, reason)
            VALUES (@id, @ActedAt, @Analyst, @Action, @Details, @Reason)
            """, new { id, row.ActedAt, row.Analyst, row.Action, row.Details, row.Reason }, tx);
        await tx.Connection!.ExecuteAsync(
            "INSERT INTO matching_audit_incidents (incident_id, audit_id) VALUES (@incidentId, @id)",
            row.IncidentIds.Distinct().Select(incidentId => new { incidentId, id }), tx);
        return id;
    }

    public async Task<List<AuditRow>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AuditRow>(new CommandDefinition("""
            SELECT id, acted_at AS ActedAt, analyst, action, details, reason FROM matching_audit a
            WHERE (@IncidentId IS NULL OR EXISTS (
                    SELECT 1 FROM matching_audit_incidents ai WHERE ai.audit_id = a.id AND ai.incident_id = @IncidentId))
              AND (@BeforeId IS NULL OR a.id < @BeforeId)
            ORDER BY a.id DESC LIMIT @PageSize
            """, query, cancellationToken: cancellationToken))).ToList();
        if (rows.Count == 0)
        {
            return rows;
        }
        var links = await connection.QueryAsync<(long AuditId, string IncidentId)>(new CommandDefinition($"""
            SELECT audit_id, incident_id FROM matching_audit_incidents
            WHERE {db.Dialect.InList("audit_id", "@ids")} ORDER BY incident_id
            """, new { ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: cancellationToken));
        var byAudit = links.ToLookup(l => l.AuditId, l => l.IncidentId);
        return rows.Select(r => r with { IncidentIds = byAudit[r.Id].ToList() }).ToList();
    }
}
