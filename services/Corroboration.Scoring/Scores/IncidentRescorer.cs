using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Reliability;
using Corroboration.ServiceDefaults.Telemetry;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;

namespace Corroboration.Scoring.Scores;

/// <summary>
/// Computes an incident's score with the current source trust and keeps each new version with its
/// reason: whenever Matching changes the incident (messages older than the stored state are
/// ignored, so redelivery and reordering change nothing), and again from its stored members when
/// an analyst or reliability learning changes what its sources are worth. An analyst's verdict
/// on the incident, if any, is laid over every score it gets. Each new version and its
/// <see cref="IncidentScored"/> (in the outbox) are written in one transaction, which holds the
/// incident's lock, so replicas scoring changes of one incident take turns and number the
/// versions one after another; a change message already processed (the inbox) changes nothing.
/// </summary>
public sealed class IncidentRescorer(
    ScoreStore store,
    FlagStore flags,
    CorroborationScorer scorer,
    TrustCache trust,
    RelearnSchedule relearn,
    [FromKeyedServices(ScoringSchema.Service)] Outbox outbox,
    PipelineMetrics metrics,
    ILogger<IncidentRescorer> logger)
{
    /// <summary>The inbox name of the consumer of Matching's changes.</summary>
    public const string Consumer = "incident-changed";

    public Outbox Outbox => outbox;

    /// <param name="messageId">The bus message's id, recorded in the inbox with the new version.</param>
    public async Task RescoreAsync(IncidentChanged change, Guid? messageId, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var table = await trust.TableAsync(cancellationToken);
        var (changed, scored) = await store.Database.WriteAsync<(bool, IncidentScored?)>([Lock(change.IncidentId)], async tx =>
        {
            if (!await Inbox.FirstDeliveryAsync(tx, ScoringSchema.Service, Consumer, messageId))
            {
                logger.LogDebug("Message {MessageId} (incident {IncidentId} version {Version}) already processed", messageId, change.IncidentId, change.Version);
                return (false, null);
            }
            var current = await store.CurrentAsync(tx, change.IncidentId);
            if (current is not null && current.MatchingVersion >= change.Version)
            {
                logger.LogDebug("Incident {IncidentId} version {Version} already scored", change.IncidentId, change.Version);
                return (false, null);
            }
            var version = (current?.Version ?? 0) + 1;
            await store.SaveSourcesAsync(tx, change.IncidentId, ScoreRows.SourceKeys(change.Members));
            if (change.Members.Count == 0)
            {
                await store.SaveAsync(tx, ScoreRows.Tombstone(change, version, current));
                return (true, null);
            }
            var incident = await ScoreAsync(tx, change.IncidentId, change.Members, table);
            await store.SaveAsync(tx, ScoreRows.Row(incident, version, change.Version, change.Reason, MembersJson.Write(change.Members)));
            var scored = new IncidentScored(version, change.Reason, incident);
            await outbox.AddAsync(tx, scored);
            return (true, scored);
        }, logger, cancellationToken);
        if (changed)
        {
            relearn.MarkStale();
        }
        if (scored is not null)
        {
            outbox.Wake();
            logger.LogDebug("Incident {IncidentId} scored as version {Version}: {Grade} at {Confidence}",
                change.IncidentId, scored.Version, scored.Incident.Grade, scored.Incident.Confidence);
        }
        metrics.Scored(PipelineMetrics.Since(start));
    }

    /// <summary>
    /// The advisory lock of an incident's score. A row lock is not enough: the first change of an
    /// incident has no row to lock, and two replicas would both number their score version 1.
    /// </summary>
    public static string Lock(string incidentId) => "scoring/incident/" + incidentId;

    /// <summary>
    /// Scores a stored incident again with <paramref name="table"/>, in the caller's transaction,
    /// and stores it as the next version with <paramref name="reason"/>, its announcement in the
    /// outbox (wake the relay once the transaction commits).
    /// </summary>
    /// <param name="always">Store the version even when the score is the same (an analyst's verdict is history worth keeping).</param>
    /// <returns>What is announced, or null when nothing was stored.</returns>
    public async Task<IncidentScored?> ReviseAsync(DbTransaction tx, ScoreRow current, TrustTable table, string reason, bool always)
    {
        var incident = current.MembersJson is { } members
            ? await ScoreAsync(tx, current.IncidentId, MembersJson.Read(members), table)
            : await WithVerdictAsync(tx, JsonSerializer.Deserialize<IncidentPayload>(current.IncidentJson, InterchangeJson.Options)!); // scored before members were kept
        if (!always && incident.Confidence == current.Confidence && incident.Grade == current.Grade)
        {
            return null;
        }
        var version = current.Version + 1;
        await store.SaveAsync(tx, ScoreRows.Row(incident, version, current.MatchingVersion, reason, current.MembersJson));
        var scored = new IncidentScored(version, reason, incident);
        await outbox.AddAsync(tx, scored);
        return scored;
    }

    /// <summary>How many incidents <see cref="ReviseAllAsync"/> scores again in one transaction.</summary>
    public const int RevisionBatch = 64;

    /// <summary>
    /// Scores current incidents again with the current trust, <see cref="RevisionBatch"/> to a
    /// transaction (one commit each rather than one per incident: learning may revise thousands),
    /// and stores and announces a version of each whose confidence or grade changes.
    /// </summary>
    /// <returns>How many new versions were stored.</returns>
    public async Task<int> ReviseAllAsync(IReadOnlyList<string> incidentIds, string reason, CancellationToken cancellationToken)
    {
        var table = await trust.TableAsync(cancellationToken);
        var revised = 0;
        foreach (var batch in incidentIds.Distinct(StringComparer.Ordinal).Chunk(RevisionBatch))
        {
            revised += await store.Database.WriteAsync(batch.Select(Lock), async tx =>
            {
                var stored = 0;
                foreach (var incidentId in batch)
                {
                    if (await store.CurrentAsync(tx, incidentId) is { Removed: 0 } current && await ReviseAsync(tx, current, table, reason, always: false) is not null)
                    {
                        stored++;
                    }
                }
                return stored;
            }, logger, cancellationToken);
        }
        if (revised > 0)
        {
            outbox.Wake();
        }
        return revised;
    }

    private async Task<IncidentPayload> ScoreAsync(DbTransaction tx, string incidentId, IReadOnlyList<IncidentMember> members, TrustTable table) =>
        await WithVerdictAsync(tx, scorer.Score(incidentId, members, table));

    private async Task<IncidentPayload> WithVerdictAsync(DbTransaction tx, IncidentPayload incident)
    {
        if (incident.Verdict is not null)
        {
            return incident; // a stored score without members, which already carries a verdict
        }
        return await flags.FlagAsync(tx, incident.Id) is { } flag && Verdicts.Truth(flag.Verdict) is { } happened
            ? new AnalystVerdict(happened, flag.Analyst, flag.Reason).ApplyTo(incident)
            : incident;
    }
}
