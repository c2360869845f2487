using System.Data.Common;
using Dapper;

namespace Corroboration.Scoring.Data;

/// <summary>The SQL of analysts' verdicts on incidents.</summary>
public sealed class FlagStore
{
    public Task<FlagRow?> FlagAsync(DbTransaction tx, string incidentId) =>
        tx.Connection!.QuerySingleOrDefaultAsync<FlagRow>("""
            SELECT incident_id AS IncidentId, verdict, analyst, reason, flagged_at AS FlaggedAt
            FROM scoring_flags WHERE incident_id = @incidentId
            """, new { incidentId }, tx);

    /// <summary>An incident has one verdict: a new one replaces the last (the audit log keeps them all).</summary>
    public Task SaveFlagAsync(DbTransaction tx, FlagRow flag) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO scoring_flags (incident_id, verdict, analyst, reason, flagged_at)
            VALUES (@IncidentId, @Verdict, @Analyst, @Reason, @FlaggedAt)
            ON CONFLICT (incident_id) DO UPDATE SET verdict = excluded.verdict, analyst = excluded.analyst,
                reason = excluded.reason, flagged_at = excluded.flagged_at
            """, flag, tx);
}
