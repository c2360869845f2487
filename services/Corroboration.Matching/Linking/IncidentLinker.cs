using System.Data.Common;
using System.Diagnostics;
using Corroboration.Contracts;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;

namespace Corroboration.Matching.Linking;

/// <summary>
/// Links each claim of an ingested report to an incident in one transaction: withdraws the
/// report's earlier claims, finds candidates through the blocking index, lets the assigner
/// decide (within what analysts' constraints allow, see <see cref="LinkGuard"/>), merges
/// incidents the claim bridges, and announces every incident that changed (through the outbox, in
/// that transaction). A message already processed (the inbox) or older than the report's linked
/// version changes nothing. A batch of reports is linked in one such transaction, in message
/// order, each changed incident announced once. Where the tables are (<see cref="ILinkingSource"/>)
/// decides the rest: linkers on the store itself may run concurrently (<see cref="MatchingLocks"/>
/// says how they keep out of each other's way); one holding them in memory links alone.
/// </summary>
public sealed class IncidentLinker(
    IncidentStore store,
    ILinkingSource source,
    IncidentAssigner assigner,
    MatchScorer scorer,
    LinkGuard guard,
    IncidentRefresher refresher,
    PipelineMetrics metrics,
    ILogger<IncidentLinker> logger)
{
    /// <summary>The inbox name of the consumer that links.</summary>
    public const string Consumer = "report-ingested";

    private const int MaxCandidates = 50;

    /// <summary>
    /// Links the message's reports in their order in one transaction, holding from its start every
    /// lock any of them needs; each changed incident is announced once, with its membership at the
    /// end. A message the inbox has seen changes nothing.
    /// </summary>
    public async Task LinkAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var reports = delivery.Reports.Select((report, i) => new PreparedReport(report, delivery.TraceParents?[i] ?? delivery.TraceParent, LinkedReport.Of(report))).ToList();
        // A report's terms count from the moment it is linked, for the next report of the batch too
        // (so that batch boundaries do not change how reports cluster), and are taken back if the
        // transaction does not commit, as the seeder counts only linked reports after a restart.
        var observed = new List<TermVector>();
        List<PreparedReport> linked;
        var attempts = 0;
        try
        {
            using var entered = await source.EnterAsync(cancellationToken);
            linked = await store.Database.WriteAsync(source.Locks(reports.SelectMany(Locks)), async tx =>
            {
                attempts++;
                Forget(observed); // an earlier attempt's
                return await LinkAllInAsync(await source.InAsync(tx), delivery.MessageId, reports, observed);
            }, logger, cancellationToken);
            source.Committed();
        }
        catch
        {
            Forget(observed);
            throw;
        }
        if (linked.Count > 0)
        {
            refresher.Outbox.Wake();
        }
        var elapsed = PipelineMetrics.Since(start);
        logger.LogDebug("Linked a batch of {Count} reports in {Elapsed:0} ms, {Attempts} attempts", reports.Count, elapsed.TotalMilliseconds, attempts);
        foreach (var _ in reports)
        {
            metrics.Linked(elapsed);
        }
    }

    private void Forget(List<TermVector> observed)
    {
        observed.ForEach(scorer.Rarity.Forget);
        observed.Clear();
    }

    /// <summary>
    /// A message to link: its reports, the id the inbox records and, from the bus, the trace it was
    /// sent in, or each report's (<see cref="ReportBatchIngested.TraceParentsHeader"/>).
    /// </summary>
    public sealed record Delivery(IReadOnlyList<ReportIngested> Reports, Guid? MessageId, string? TraceParent = null, IReadOnlyList<string?>? TraceParents = null);

    private sealed record PreparedReport(ReportIngested Report, string? TraceParent, LinkedReport Linked);

    /// <summary>What a linker locks from its start: see <see cref="MatchingLocks"/>.</summary>
    private static IEnumerable<string> Locks(PreparedReport report) =>
        report.Linked.Claims.SelectMany(c => BlockingKeys.ForClaim(c).Concat(BlockingKeys.ForIncident(IncidentProfile.Build([c]))))
            .Select(MatchingLocks.Key).Append(MatchingLocks.Report(report.Report.ReportId));

    /// <summary>
    /// Each report's incidents are rewritten (rows and keys) as soon as it is linked, so that the
    /// next report of the batch finds them; the announcements wait for the end of the batch.
    /// </summary>
    private async Task<List<PreparedReport>> LinkAllInAsync(ILinkingTables tables, Guid? messageId, List<PreparedReport> reports, List<TermVector> observed)
    {
        if (!await Inbox.FirstDeliveryAsync(tables.Transaction, MatchingSchema.Service, Consumer, messageId))
        {
            logger.LogDebug("Message {MessageId} already processed", messageId);
            return [];
        }
        var linked = new List<PreparedReport>();
        var final = new SortedDictionary<string, IncidentChanged>(StringComparer.Ordinal);
        var lastTouchedIn = new Dictionary<string, string?>(StringComparer.Ordinal); // incident → trace of the last report that changed it
        // Looked up once for the batch (each a round trip the locks are held for), then kept current as reports are linked.
        var seen = new BatchState(
            await tables.ReportVersionsAsync(reports.Select(r => r.Report.ReportId)),
            await tables.ConstrainedClaimsAsync(reports.Select(r => r.Report.ReportId)));
        foreach (var report in reports)
        {
            using var span = InboxTracing.StartHandling(MatchingSchema.Service, nameof(ReportBatchIngested), report.TraceParent);
            if (await LinkInAsync(tables, report, seen) is not { } touched)
            {
                continue;
            }
            linked.Add(report);
            if (report.Linked.Claims.Count > 0)
            {
                scorer.Rarity.Observe(report.Linked.Terms);
                observed.Add(report.Linked.Terms);
            }
            foreach (var change in await refresher.RefreshAsync(tables, touched))
            {
                final[change.IncidentId] = change;
                lastTouchedIn[change.IncidentId] = OutboxTracing.CurrentTraceParent();
            }
        }
        await tables.SetReportVersionsAsync(linked.Select(r => r.Report.ReportId).Distinct()
            .ToDictionary(id => id, id => seen.LinkedVersions[id], StringComparer.Ordinal));
        await tables.CompleteAsync();
        await refresher.AnnounceAsync(tables.Transaction, final.Values, change => lastTouchedIn[change.IncidentId]);
        return linked;
    }

    /// <summary>
    /// What a batch's transaction knows of its reports: each report's linked version, kept current
    /// as the batch links (and recorded for the reports it linked at its end); and which of its claims have constraints (the others need no look-up),
    /// which stays true while the batch runs, as adding a constraint waits for the report locks
    /// the batch holds (see <see cref="MatchingLocks"/>).
    /// </summary>
    private sealed record BatchState(
        Dictionary<string, long> LinkedVersions, HashSet<(string ReportId, int ClaimIndex)> Constrained);

    /// <returns>The incidents it changed, with why; null if this version was already linked.</returns>
    private async Task<Dictionary<string, string>?> LinkInAsync(ILinkingTables tables, PreparedReport prepared, BatchState seen)
    {
        var report = prepared.Report;
        long? linkedVersion = seen.LinkedVersions.TryGetValue(report.ReportId, out var known) ? known : null;
        if (linkedVersion >= report.Version)
        {
            logger.LogDebug("Report {ReportId} version {Version} already linked", report.ReportId, report.Version);
            return null;
        }
        var touched = new Dictionary<string, string>(StringComparer.Ordinal); // incident → reason
        // A report never linked has no claims to withdraw: members are written with the linked version.
        var withdrawn = linkedVersion is null ? [] : await tables.RemoveMembersOfReportAsync(report.ReportId);
        foreach (var member in withdrawn)
        {
            touched[member.IncidentId] = $"report {report.ReportId} updated";
        }
        var ownIncidents = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < prepared.Linked.Members.Count; i++)
        {
            var (incidentId, reason) = await LinkClaimAsync(tables, prepared.Linked, i, ownIncidents, touched, seen.Constrained);
            ownIncidents.Add(incidentId);
            touched[incidentId] = reason;
        }
        seen.LinkedVersions[report.ReportId] = report.Version;
        // The refresher reads their members, so all must be locked. Those linking chose are (as
        // candidates, a must-link partner's, or new); an incident a withdrawn claim was moved into
        // just before its old incident was locked may not be.
        if (withdrawn.Count > 0)
        {
            await tables.LockIncidentsAsync(touched.Keys);
        }
        logger.LogDebug("Report {ReportId} version {Version} linked; {Changed} incidents changed", report.ReportId, report.Version, touched.Count);
        return touched;
    }

    private async Task<(string IncidentId, string Reason)> LinkClaimAsync(
        ILinkingTables tables, LinkedReport linked, int claimIndex, HashSet<string> ownIncidents, Dictionary<string, string> touched,
        HashSet<(string ReportId, int ClaimIndex)> constrained)
    {
        var (member, claim) = (linked.Members[claimIndex], linked.Claims[claimIndex]);
        var constraints = constrained.Contains((member.ReportId, member.ClaimIndex))
            ? await guard.ForClaimAsync(tables, member.ReportId, member.ClaimIndex)
            : ClaimConstraints.None;
        var (incidentId, absorbed, probability, reason) = constraints.RequiredIncident is { } required
            ? await JoinPartnerAsync(tables, claim, required, constraints.RequiredBy!, ownIncidents)
            : await AssignAsync(tables, claim, ownIncidents, constraints.ExcludedIncidents);
        foreach (var merged in absorbed)
        {
            await tables.MoveMembersAsync(merged, incidentId);
            touched[merged] = $"merged into {incidentId} by report {member.ReportId}";
        }
        await tables.InsertMemberAsync(new LinkMember(linked.Row(claimIndex, incidentId, probability), member, claim));
        return (incidentId, absorbed.Count > 0 ? reason + $", merging {string.Join(", ", absorbed)}" : reason);
    }

    /// <summary>A must-link partner's incident wins, whatever the match weight (which is still recorded).</summary>
    private async Task<Placement> JoinPartnerAsync(ILinkingTables tables, ClaimProfile claim, string incidentId, string partner, HashSet<string> ownIncidents)
    {
        // Row lock (the incident may also be new in this transaction). The partner was looked up
        // before it: had its incident been merged away or the partner moved, start again.
        var locked = (await tables.LockIncidentsAsync([incidentId])).Count == 1 || ownIncidents.Contains(incidentId);
        if (!locked || (await guard.ForClaimAsync(tables, claim.ReportId, claim.ClaimIndex)).RequiredIncident != incidentId)
        {
            throw new WriteConflictException($"must-link partner {partner} of {claim.ReportId}#{claim.ClaimIndex} left {incidentId}");
        }
        var members = await tables.MembersAsync(incidentId);
        var probability = scorer.Score(claim, IncidentProfile.Build(members.Select(m => m.Claim).ToList())).Probability;
        return new(incidentId, [], probability, $"report {claim.ReportId} joined (must-link with {partner})");
    }

    private async Task<Placement> AssignAsync(
        ILinkingTables tables, ClaimProfile claim, HashSet<string> ownIncidents, IReadOnlySet<string> excluded)
    {
        // Claims of one report describe different incidents, so they never share one; nor do cannot-linked claims.
        var candidateIds = (await tables.CandidateIdsAsync(BlockingKeys.ForClaim(claim), MaxCandidates))
            .Where(id => !ownIncidents.Contains(id) && !excluded.Contains(id)).ToList();
        var candidates = await tables.LockedProfilesAsync(candidateIds);
        var assignment = assigner.Assign(claim, candidates);
        if (assignment.IncidentId is not { } incidentId)
        {
            return new(await tables.NextIncidentIdAsync(), [], 1.0, $"new incident from report {claim.ReportId}");
        }
        var absorbed = await guard.AllowedMergesAsync(tables, incidentId, assignment.Absorbed);
        if (assignment.Neighbours is { Count: > 0 } neighbours)
        {
            absorbed.AddRange(await guard.AllowedMergesAsync(tables, incidentId, await RejoinedAsync(tables, claim, incidentId, absorbed, neighbours)));
        }
        return new(incidentId, absorbed, assignment.Decision!.Probability,
            $"report {claim.ReportId} joined (match probability {assignment.Decision.Probability:0.00})");
    }

    /// <summary>The neighbours the grown incident (its claims, those it absorbs and the new one) turns out to be; all are row-locked as candidates.</summary>
    private async Task<IReadOnlyList<string>> RejoinedAsync(
        ILinkingTables tables, ClaimProfile claim, string incidentId, List<string> absorbed, IReadOnlyList<string> neighbours)
    {
        var grown = new List<ClaimProfile> { claim };
        foreach (var id in absorbed.Prepend(incidentId))
        {
            grown.AddRange((await tables.MembersAsync(id)).Select(m => m.Claim));
        }
        var others = new Dictionary<string, IReadOnlyList<ClaimProfile>>(StringComparer.Ordinal);
        foreach (var id in neighbours)
        {
            others[id] = (await tables.MembersAsync(id)).Select(m => m.Claim).ToList();
        }
        return assigner.Rejoined(IncidentProfile.Build(grown), grown.Select(c => c.ReportId), others);
    }

    private sealed record Placement(string IncidentId, List<string> Absorbed, double Probability, string Reason);
}
