using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;
using MassTransit;

namespace Corroboration.Scoring.Scores;

/// <summary>
/// Recomputes an incident's score whenever Matching changes it, keeps the new version with its
/// reason, and announces it. Messages older than the stored state are ignored, so redelivery and
/// reordering change nothing.
/// </summary>
public sealed class IncidentRescorer(ScoreStore store, CorroborationScorer scorer, IPublishEndpoint publisher, ILogger<IncidentRescorer> logger)
{
    public async Task RescoreAsync(IncidentChanged change, CancellationToken cancellationToken)
    {
        IncidentScored? scored = null;
        await using (var connection = await store.Database.OpenAsync(cancellationToken))
        await using (var tx = await connection.BeginTransactionAsync(cancellationToken))
        {
            var current = await store.CurrentAsync(tx, change.IncidentId);
            if (current is not null && current.MatchingVersion >= change.Version)
            {
                logger.LogDebug("Incident {IncidentId} version {Version} already scored", change.IncidentId, change.Version);
                return;
            }
            var version = (current?.Version ?? 0) + 1;
            var now = DateTimeOffset.UtcNow.ToString("O");
            if (change.Members.Count == 0)
            {
                await store.SaveAsync(tx, Tombstone(change, version, now, current));
            }
            else
            {
                var incident = scorer.Score(change.IncidentId, change.Members);
                await store.SaveAsync(tx, new ScoreRow
                {
                    IncidentId = change.IncidentId,
                    Version = version,
                    MatchingVersion = change.Version,
                    Confidence = incident.Confidence,
                    Grade = incident.Grade,
                    IncidentJson = JsonSerializer.Serialize(incident, InterchangeJson.Options),
                    Reason = change.Reason,
                    ScoredAt = now,
                });
                scored = new IncidentScored(version, change.Reason, incident);
            }
            await tx.CommitAsync(cancellationToken);
        }
        if (scored is not null)
        {
            await publisher.Publish(scored, cancellationToken);
        }
    }

    private static ScoreRow Tombstone(IncidentChanged change, long version, string now, ScoreRow? current) => new()
    {
        IncidentId = change.IncidentId,
        Version = version,
        MatchingVersion = change.Version,
        Removed = 1,
        Confidence = 0,
        Grade = "removed",
        IncidentJson = current?.IncidentJson ?? "{}",
        Reason = change.Reason,
        ScoredAt = now,
    };
}
