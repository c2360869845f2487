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

    /// <summary>A change to score: the message, the bus message's id (recorded in the inbox with the new version) and, from a batch, the trace it was sent in.</summary>
    public sealed record Delivery(IncidentChanged Change, Guid? MessageId, string? TraceParent = null);

    public Task RescoreAsync(IncidentChanged change, Guid? messageId, CancellationToken cancellationToken) =>
        RescoreBatchAsync([new Delivery(change, messageId)], cancellationToken);

    /// <summary>
    /// Scores the changes in their order in one transaction, holding every changed incident's lock
    /// from its start: the inbox, the current scores and the verdicts are read once for the batch,
    /// and the new versions, sources and announcements written once at its end.
    /// </summary>
    public async Task RescoreBatchAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var table = await trust.TableAsync(cancellationToken);
        var incidentIds = deliveries.Select(d => d.Change.IncidentId).Distinct(StringComparer.Ordinal).ToList();
        var (changed, announced) = await store.Database.WriteAsync(incidentIds.Select(Lock), async tx =>
        {
            var batch = new ChangeBatch(
                await Inbox.FirstDeliveriesAsync(tx, ScoringSchema.Service, Consumer, deliveries.Select(d => d.MessageId).OfType<Guid>()),
                await store.CurrentAllAsync(tx, incidentIds),
                await flags.FlagsAsync(tx, incidentIds));
            foreach (var delivery in deliveries)
            {
                using var span = InboxTracing.StartHandling(ScoringSchema.Service, nameof(IncidentChanged), delivery.TraceParent);
                batch.Score(delivery, scorer, table, logger);
            }
            await store.SaveAllSourcesAsync(tx, batch.Sources);
            await store.SaveAllAsync(tx, batch.Rows);
            await outbox.AddAllAsync(tx, batch.Announcements);
            return (batch.Rows.Count > 0, batch.Announcements.Count);
        }, logger, cancellationToken);
        if (changed)
        {
            relearn.MarkStale();
        }
        if (announced > 0)
        {
            outbox.Wake();
        }
        var elapsed = PipelineMetrics.Since(start);
        logger.LogDebug("Scored a batch of {Count} changes in {Elapsed:0} ms, {Announced} announced", deliveries.Count, elapsed.TotalMilliseconds, announced);
        foreach (var _ in deliveries)
        {
            metrics.Scored(elapsed);
        }
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
    /// <param name="minChange">How far the confidence must move, grade unchanged, for a version (see <see cref="Revises"/>); null: store it even when the score has not moved (an analyst's verdict is history worth keeping).</param>
    /// <returns>What is announced, or null when nothing was stored.</returns>
    public async Task<IncidentScored?> ReviseAsync(DbTransaction tx, ScoreRow current, TrustTable table, string reason, double? minChange)
    {
        var incident = current.MembersJson is { } members
            ? await ScoreAsync(tx, current.IncidentId, MembersJson.Read(members), table)
            : await WithVerdictAsync(tx, JsonSerializer.Deserialize<IncidentPayload>(current.IncidentJson, InterchangeJson.Options)!); // scored before members were kept
        if (minChange is { } least && !Revises(incident, current.Confidence, current.Grade, least))
        {
            return null;
        }
        var version = current.Version + 1;
        await store.SaveAsync(tx, ScoreRows.Row(incident, version, current.MatchingVersion, reason, current.MembersJson));
        var scored = new IncidentScored(version, reason, incident);
        await outbox.AddAsync(tx, scored);
        return scored;
    }

    /// <summary>
    /// Whether <paramref name="score"/> differs enough from the stored <paramref name="confidence"/>
    /// and <paramref name="grade"/> to be stored as a version of its own when trust changes: a new
    /// grade, or a confidence moved by <paramref name="minChange"/> or more (see <see cref="ScoringOptions.RevisionMinChange"/>).
    /// </summary>
    public static bool Revises(IncidentPayload score, double confidence, string grade, double minChange)
    {
        var moved = Math.Abs(score.Confidence - confidence);
        // Confidences are rounded to four places; the allowance keeps 0.01 from reading as 0.0099999.
        return score.Grade != grade || (moved > 0 && moved >= minChange - 1e-9);
    }

    /// <summary>How many incidents <see cref="ReviseAllAsync"/> scores again in one transaction.</summary>
    public const int RevisionBatch = 64;

    /// <summary>
    /// Scores current incidents again with the current trust, <see cref="RevisionBatch"/> to a
    /// transaction (one commit each rather than one per incident: learning may revise thousands),
    /// and stores and announces a version of each whose grade changes or whose confidence moves by <paramref name="minChange"/> or more.
    /// </summary>
    /// <returns>How many new versions were stored.</returns>
    public async Task<int> ReviseAllAsync(IReadOnlyList<string> incidentIds, string reason, double minChange, CancellationToken cancellationToken)
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
                    if (await store.CurrentAsync(tx, incidentId) is { Removed: 0 } current && await ReviseAsync(tx, current, table, reason, minChange) is not null)
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

    private async Task<IncidentPayload> WithVerdictAsync(DbTransaction tx, IncidentPayload incident) =>
        incident.Verdict is not null
            ? incident // a stored score without members, which already carries a verdict
            : WithVerdict(incident, await flags.FlagAsync(tx, incident.Id));

    /// <summary>The incident with the analyst's verdict, if <paramref name="flag"/> holds one, laid over it.</summary>
    internal static IncidentPayload WithVerdict(IncidentPayload incident, FlagRow? flag) =>
        flag is not null && Verdicts.Truth(flag.Verdict) is { } happened
            ? new AnalystVerdict(happened, flag.Analyst, flag.Reason).ApplyTo(incident)
            : incident;
}
