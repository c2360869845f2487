using Corroboration.Matching.Data;
using Corroboration.ServiceDefaults;
using Corroboration.Storage;

namespace Corroboration.Matching.Curation;

/// <summary>
/// Adds and removes must-link and cannot-link constraints, audited. A new constraint must agree
/// with where its claims are now, so that every constraint holds from the moment it exists;
/// adding one changes no incident, so nothing is announced.
/// </summary>
public sealed class ConstraintEditor(ConstraintStore constraints, IncidentStore store, AuditStore audit, ILogger<ConstraintEditor> logger)
{
    public async Task<ConstraintRow> AddAsync(string kind, ClaimKey first, ClaimKey second, AnalystChange change, CancellationToken cancellationToken)
    {
        var (a, b) = first.CompareTo(second) <= 0 ? (first, second) : (second, first);
        // Holds the report locks of both claims from its start, as a linker of either report does: a
        // linking batch reads which of its claims have constraints once, at its start.
        var row = await store.Database.WriteAsync([MatchingLocks.Report(a.ReportId), MatchingLocks.Report(b.ReportId), MatchingLocks.Linking], async tx =>
        {
            await Counters.NextAsync(tx, Counters.Tables);
            var memberA = await store.MemberAsync(tx, a.ReportId, a.ClaimIndex) ?? throw RpcErrors.NotFound($"claim '{a}'");
            var memberB = await store.MemberAsync(tx, b.ReportId, b.ClaimIndex) ?? throw RpcErrors.NotFound($"claim '{b}'");
            await store.LockIncidentsAsync(tx, [memberA.IncidentId, memberB.IncidentId]); // row locks against a concurrent move
            if (await constraints.FindPairAsync(tx, a.ReportId, a.ClaimIndex, b.ReportId, b.ClaimIndex) is { } existing)
            {
                throw existing.Kind == kind
                    ? CurationErrors.AlreadyExists($"constraint {existing.Id} on {a} and {b}")
                    : CurationErrors.FailedPrecondition($"{a} and {b} already have the opposite constraint {existing.Id}; remove it first", subject: existing.Id);
            }
            var together = memberA.IncidentId == memberB.IncidentId;
            if (kind == ConstraintKinds.MustLink && !together)
            {
                throw CurationErrors.FailedPrecondition(
                    $"{a} is in {memberA.IncidentId} and {b} in {memberB.IncidentId}: move or merge them into one incident first", subject: a.ToString());
            }
            if (kind == ConstraintKinds.CannotLink && together)
            {
                throw CurationErrors.FailedPrecondition(
                    $"{a} and {b} are both in {memberA.IncidentId}: move or split one of them out first", subject: memberA.IncidentId);
            }
            var added = new ConstraintRow
            {
                Id = await constraints.NextIdAsync(tx),
                Kind = kind,
                ReportA = a.ReportId,
                ClaimA = a.ClaimIndex,
                ReportB = b.ReportId,
                ClaimB = b.ClaimIndex,
                Analyst = change.Analyst,
                Reason = change.Reason,
                CreatedAt = DateTimeOffset.UtcNow.ToString("O"),
            };
            await constraints.InsertAsync(tx, added);
            await AuditAsync(tx, "AddConstraint", change, $"{Describe(added)}: {a} in {memberA.IncidentId}, {b} in {memberB.IncidentId}",
                [memberA.IncidentId, memberB.IncidentId]);
            return added;
        }, logger, cancellationToken);
        logger.LogInformation("AddConstraint by {Analyst}: {Constraint}", change.Analyst, Describe(row));
        return row;
    }

    public async Task<ConstraintRow> RemoveAsync(string id, AnalystChange change, CancellationToken cancellationToken)
    {
        var row = await store.Database.WriteAsync([MatchingLocks.Linking], async tx =>
        {
            await Counters.NextAsync(tx, Counters.Tables);
            var row = await constraints.FindAsync(tx, id) ?? throw RpcErrors.NotFound($"constraint '{id}'");
            await constraints.DeleteAsync(tx, id);
            // The claims' incidents now, so that the incident's audit trail shows the removal.
            var incidents = new List<string>();
            foreach (var (reportId, claimIndex) in new[] { (row.ReportA, row.ClaimA), (row.ReportB, row.ClaimB) })
            {
                if (await store.MemberAsync(tx, reportId, claimIndex) is { } member)
                {
                    incidents.Add(member.IncidentId);
                }
            }
            await AuditAsync(tx, "RemoveConstraint", change, $"removed {Describe(row)}", incidents);
            return row;
        }, logger, cancellationToken);
        logger.LogInformation("RemoveConstraint by {Analyst}: {Constraint}", change.Analyst, Describe(row));
        return row;
    }

    private Task AuditAsync(System.Data.Common.DbTransaction tx, string action, AnalystChange change, string details, IReadOnlyList<string> incidentIds) =>
        audit.AppendAsync(tx, new AuditRow
        {
            ActedAt = DateTimeOffset.UtcNow.ToString("O"),
            Analyst = change.Analyst,
            Action = action,
            Details = details,
            Reason = change.Reason,
            IncidentIds = incidentIds,
        });

    private static string Describe(ConstraintRow row) =>
        $"{row.Kind.Replace('_', '-')} {row.Id} between {row.ReportA}#{row.ClaimA} and {row.ReportB}#{row.ClaimB}";
}
