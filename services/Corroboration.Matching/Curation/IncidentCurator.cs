using System.Data.Common;
using Corroboration.Contracts;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.ServiceDefaults;
using Corroboration.Storage;

namespace Corroboration.Matching.Curation;

/// <summary>
/// Analysts' merges, moves and splits. Each runs in one transaction: lock the incidents, move the
/// claims (marked as placed, see <see cref="LinkGuard"/>), check the constraints, recompute the
/// touched incidents as the linker does (which writes the announcements to the outbox), write the
/// audit entry; then wake the outbox relay.
/// </summary>
public sealed class IncidentCurator(
    IncidentStore store,
    StoredLinking stored,
    ConstraintCheck check,
    IncidentRefresher refresher,
    AuditStore audit,
    ILogger<IncidentCurator> logger)
{
    public Task<string> MergeAsync(string targetId, IReadOnlyList<string> sourceIds, AnalystChange change, CancellationToken cancellationToken) =>
        RunAsync("MergeIncidents", change, async tx =>
        {
            var involved = sourceIds.Prepend(targetId).ToList();
            await LockAsync(tx, involved);
            var before = await check.ViolatedAsync(tx, involved);
            var moved = 0;
            foreach (var sourceId in sourceIds)
            {
                moved += (await store.MembersAsync(tx, sourceId)).Count;
                await store.PlaceMembersAsync(tx, sourceId, targetId, change.Analyst);
            }
            await check.ThrowIfBrokenAsync(tx, involved, before);
            return new CurationOutcome(targetId, involved, $"merged {string.Join(", ", sourceIds)} into {targetId} ({moved} claims moved)");
        }, cancellationToken);

    /// <param name="toIncidentId">Null: a new incident of the claim's own.</param>
    public Task<string> MoveAsync(ClaimKey claim, string? toIncidentId, AnalystChange change, CancellationToken cancellationToken) =>
        RunAsync("MoveClaim", change, async tx =>
        {
            var member = await store.MemberAsync(tx, claim.ReportId, claim.ClaimIndex) ?? throw RpcErrors.NotFound($"claim '{claim}'");
            var fromId = member.IncidentId;
            if (toIncidentId == fromId)
            {
                throw CurationErrors.FailedPrecondition($"claim {claim} is already in {fromId}", subject: claim.ToString());
            }
            await store.LockIncidentsAsync(tx, [fromId]); // a claim leaves an incident only under its row lock
            if ((await store.MemberAsync(tx, claim.ReportId, claim.ClaimIndex))?.IncidentId != fromId)
            {
                throw new WriteConflictException($"claim {claim} left {fromId} before it was locked");
            }
            await LockAsync(tx, toIncidentId is null ? [fromId] : [fromId, toIncidentId]);
            var toId = toIncidentId ?? await store.NextIncidentIdAsync(tx);
            List<string> involved = [fromId, toId];
            var before = await check.ViolatedAsync(tx, involved);
            await store.PlaceMemberAsync(tx, claim.ReportId, claim.ClaimIndex, toId, change.Analyst);
            await check.ThrowIfBrokenAsync(tx, involved, before);
            var details = $"moved {claim} from {fromId} to {toId}" + (toIncidentId is null ? " (a new incident)" : "");
            return new CurationOutcome(toId, involved, details);
        }, cancellationToken);

    /// <param name="claims">Distinct claims of the incident; at least one must stay.</param>
    public Task<string> SplitAsync(string incidentId, IReadOnlyList<ClaimKey> claims, AnalystChange change, CancellationToken cancellationToken) =>
        RunAsync("SplitIncident", change, async tx =>
        {
            await LockAsync(tx, [incidentId]);
            var members = (await store.MembersAsync(tx, incidentId)).Select(m => new ClaimKey(m.ReportId, m.ClaimIndex)).ToHashSet();
            if (claims.FirstOrDefault(c => !members.Contains(c)) is { } stranger)
            {
                throw RpcErrors.NotFound($"claim '{stranger}' in incident '{incidentId}'");
            }
            if (claims.Count >= members.Count)
            {
                throw CurationErrors.FailedPrecondition($"a split must leave at least one claim in {incidentId}", subject: incidentId);
            }
            var newId = await store.NextIncidentIdAsync(tx);
            List<string> involved = [incidentId, newId];
            var before = await check.ViolatedAsync(tx, involved);
            foreach (var claim in claims)
            {
                await store.PlaceMemberAsync(tx, claim.ReportId, claim.ClaimIndex, newId, change.Analyst);
            }
            await check.ThrowIfBrokenAsync(tx, involved, before);
            return new CurationOutcome(newId, involved, $"split {string.Join(", ", claims)} off {incidentId} into {newId}");
        }, cancellationToken);

    private async Task<string> RunAsync(string action, AnalystChange change, Func<DbTransaction, Task<CurationOutcome>> apply, CancellationToken cancellationToken)
    {
        // Starts again when it meets a linker (see MatchingLocks); a throw in apply leaves nothing of the change.
        var (outcome, changes, auditId) = await store.Database.WriteAsync([MatchingLocks.Linking], async tx =>
        {
            await Counters.NextAsync(tx, Counters.Tables);
            var applied = await apply(tx);
            var reason = $"{action} by {change.Analyst}: {change.Reason}";
            var announced = await refresher.SaveAsync(stored.In(tx), applied.Touched.Distinct().ToDictionary(id => id, _ => reason, StringComparer.Ordinal));
            var audited = await audit.AppendAsync(tx, new AuditRow
            {
                ActedAt = DateTimeOffset.UtcNow.ToString("O"),
                Analyst = change.Analyst,
                Action = action,
                Details = applied.Details,
                Reason = change.Reason,
                IncidentIds = applied.Touched,
            });
            return (applied, announced, audited);
        }, logger, cancellationToken);
        logger.LogInformation("{Action} by {Analyst}: {Details} (audit {AuditId})", action, change.Analyst, outcome.Details, auditId);
        if (changes.Count > 0)
        {
            refresher.Outbox.Wake();
        }
        return outcome.ResultIncidentId;
    }

    /// <summary>Locks the incidents' rows (PostgreSQL; SQLite locks the file) and fails with NOT_FOUND for an unknown one.</summary>
    private async Task LockAsync(DbTransaction tx, IReadOnlyList<string> incidentIds)
    {
        var found = (await store.LockIncidentsAsync(tx, incidentIds)).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        if (incidentIds.FirstOrDefault(id => !found.Contains(id)) is { } missing)
        {
            throw RpcErrors.NotFound($"incident '{missing}'");
        }
    }
}
