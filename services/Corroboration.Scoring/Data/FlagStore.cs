using System.Data.Common;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Scoring.Data;

/// <summary>The SQL of analysts' verdicts on incidents.</summary>
public sealed class FlagStore
{
    private const string Columns = "incident_id AS IncidentId, verdict, analyst, reason, flagged_at AS FlaggedAt";

    public Task<FlagRow?> FlagAsync(DbTransaction tx, string incidentId) =>
        tx.Connection!.QuerySingleOrDefaultAsync<FlagRow>(
            $"SELECT {Columns} FROM scoring_flags WHERE incident_id = @incidentId", new { incidentId }, tx);

    /// <summary>The verdicts on those of the incidents that have one.</summary>
    public async Task<Dictionary<string, FlagRow>> FlagsAsync(DbTransaction tx, IReadOnlyCollection<string> incidentIds)
    {
        var rows = await tx.Connection!.QueryAsync<FlagRow>(
            $"SELECT {Columns} FROM scoring_flags WHERE {tx.Dialect().InList("incident_id", "@incidentIds")}", new { incidentIds = incidentIds.ToArray() }, tx);
        return rows.ToDictionary(row => row.IncidentId, StringComparer.Ordinal);
    }

    /// <summary>An incident has one verdict: a new one replaces the last (the audit log keeps them all).</summary>
    public Task SaveFlagAsync(DbTransaction tx, FlagRow flag) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO scoring_flags (incident_id, verdict, analyst, reason, flagged_at)
            VALUES (@IncidentId, @Verdict, @Analyst, @Reason, @FlaggedAt)
            ON CONFLICT (incident_id) DO UPDATE SET verdict = excluded.verdict, analyst = excluded.analyst,
                reason = excluded.reason, flagged_at = excluded.flagged_at
            """, flag, tx);
}
