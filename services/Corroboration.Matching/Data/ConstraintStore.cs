using System.Data.Common;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Matching.Data;

/// <summary>The SQL of analysts' must-link and cannot-link constraints.</summary>
public sealed class ConstraintStore(DbConnectionFactory db)
{
    private const string Columns = """
        id, kind, report_a AS ReportA, claim_a AS ClaimA, report_b AS ReportB, claim_b AS ClaimB,
        analyst, reason, created_at AS CreatedAt
        """;

    public async Task<string> NextIdAsync(DbTransaction tx) => $"con-{await Counters.NextAsync(tx, "constraint"):D6}";

    public Task InsertAsync(DbTransaction tx, ConstraintRow row) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO matching_constraints (id, kind, report_a, claim_a, report_b, claim_b, analyst, reason, created_at)
            VALUES (@Id, @Kind, @ReportA, @ClaimA, @ReportB, @ClaimB, @Analyst, @Reason, @CreatedAt)
            """, row, tx);

    public Task<ConstraintRow?> FindAsync(DbTransaction tx, string id) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ConstraintRow?>($"SELECT {Columns} FROM matching_constraints WHERE id = @id", new { id }, tx);

    /// <summary>The constraint on a pair, given in stored order.</summary>
    public Task<ConstraintRow?> FindPairAsync(DbTransaction tx, string reportA, int claimA, string reportB, int claimB) =>
        tx.Connection!.QuerySingleOrDefaultAsync<ConstraintRow?>($"""
            SELECT {Columns} FROM matching_constraints
            WHERE report_a = @reportA AND claim_a = @claimA AND report_b = @reportB AND claim_b = @claimB
            """, new { reportA, claimA, reportB, claimB }, tx);

    public Task DeleteAsync(DbTransaction tx, string id) =>
        tx.Connection!.ExecuteAsync("DELETE FROM matching_constraints WHERE id = @id", new { id }, tx);

    public async Task<List<ConstraintRow>> ListAsync(string? reportId, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<ConstraintRow>(new CommandDefinition($"""
            SELECT {Columns} FROM matching_constraints
            WHERE @reportId IS NULL OR report_a = @reportId OR report_b = @reportId
            ORDER BY id
            """, new { reportId }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Every constraint, for a linker that holds the tables in memory.</summary>
    public async Task<List<ConstraintRow>> AllAsync(DbTransaction tx) =>
        (await tx.Connection!.QueryAsync<ConstraintRow>($"SELECT {Columns} FROM matching_constraints ORDER BY id", transaction: tx)).ToList();

    /// <summary>The claims of these reports that have a constraint (on either side), looked up once for a linking batch.</summary>
    public async Task<HashSet<(string ReportId, int ClaimIndex)>> ConstrainedClaimsAsync(DbTransaction tx, IEnumerable<string> reportIds)
    {
        var ids = reportIds.Distinct().ToArray();
        return ids.Length == 0 ? [] : (await tx.Connection!.QueryAsync<(string, int)>($"""
            SELECT report_a, claim_a FROM matching_constraints WHERE {db.Dialect.InList("report_a", "@ids")}
            UNION
            SELECT report_b, claim_b FROM matching_constraints WHERE {db.Dialect.InList("report_b", "@ids")}
            """, new { ids }, tx)).ToHashSet();
    }

    /// <summary>The claims constrained with one claim that are members now, and where they are.</summary>
    public async Task<List<ConstraintPartner>> PartnersAsync(DbTransaction tx, string reportId, int claimIndex) =>
        (await tx.Connection!.QueryAsync<ConstraintPartner>("""
            SELECT c.id AS ConstraintId, c.kind, m.report_id AS ReportId, m.claim_index AS ClaimIndex, m.incident_id AS IncidentId
            FROM matching_constraints c
            JOIN matching_members m ON m.report_id = c.report_b AND m.claim_index = c.claim_b
            WHERE c.report_a = @reportId AND c.claim_a = @claimIndex
            UNION ALL
            SELECT c.id, c.kind, m.report_id, m.claim_index, m.incident_id
            FROM matching_constraints c
            JOIN matching_members m ON m.report_id = c.report_a AND m.claim_index = c.claim_a
            WHERE c.report_b = @reportId AND c.claim_b = @claimIndex
            """, new { reportId, claimIndex }, tx)).ToList();

    /// <summary>Constraints with both claims members and at least one in the given incidents, with where each claim is.</summary>
    public async Task<List<ConstraintState>> StatesAsync(DbTransaction tx, IReadOnlyCollection<string> incidentIds) =>
        incidentIds.Count == 0 ? [] : (await tx.Connection!.QueryAsync<ConstraintState>($"""
            SELECT c.id, c.kind, c.report_a AS ReportA, c.claim_a AS ClaimA, ma.incident_id AS IncidentA,
                c.report_b AS ReportB, c.claim_b AS ClaimB, mb.incident_id AS IncidentB
            FROM matching_constraints c
            JOIN matching_members ma ON ma.report_id = c.report_a AND ma.claim_index = c.claim_a
            JOIN matching_members mb ON mb.report_id = c.report_b AND mb.claim_index = c.claim_b
            WHERE {db.Dialect.InList("ma.incident_id", "@ids")} OR {db.Dialect.InList("mb.incident_id", "@ids")}
            ORDER BY c.id
            """, new { ids = incidentIds.ToArray() }, tx)).ToList();
}
