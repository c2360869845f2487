using Corroboration.Contracts;
using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;
using Corroboration.Storage.Outbox;

namespace Corroboration.Scoring.Scores;

/// <summary>
/// A batch of Matching's changes as its transaction scores them (<see cref="IncidentRescorer.RescoreBatchAsync"/>).
/// What it knows: the message ids it recorded first (each is taken once, so a message repeated
/// within the batch counts once), each incident's current score (kept current as the batch
/// scores) and verdict. What it will write: the new versions in order, each incident's sources,
/// and the announcements with the trace of the change that caused each.
/// </summary>
internal sealed class ChangeBatch(HashSet<Guid> firstDeliveries, Dictionary<string, ScoreRow> current, Dictionary<string, FlagRow> flags)
{
    public List<ScoreRow> Rows { get; } = [];

    public Dictionary<string, List<string>> Sources { get; } = new(StringComparer.Ordinal);

    public List<(IncidentScored Message, string? TraceParent)> Announcements { get; } = [];

    /// <summary>Scores the change as the batch's next, unless its message, or a version as new of its incident, was scored before.</summary>
    public void Score(IncidentRescorer.Delivery delivery, CorroborationScorer scorer, TrustTable table, ILogger logger)
    {
        var change = delivery.Change;
        if (delivery.MessageId is { } messageId && !firstDeliveries.Remove(messageId))
        {
            logger.LogDebug("Message {MessageId} (incident {IncidentId} version {Version}) already processed", messageId, change.IncidentId, change.Version);
            return;
        }
        var before = current.GetValueOrDefault(change.IncidentId);
        if (before is not null && before.MatchingVersion >= change.Version)
        {
            logger.LogDebug("Incident {IncidentId} version {Version} already scored", change.IncidentId, change.Version);
            return;
        }
        var version = (before?.Version ?? 0) + 1;
        Sources[change.IncidentId] = ScoreRows.SourceKeys(change.Members).ToList();
        ScoreRow row;
        if (change.Members.Count == 0)
        {
            row = ScoreRows.Tombstone(change, version, before);
        }
        else
        {
            var incident = IncidentRescorer.WithVerdict(scorer.Score(change.IncidentId, change.Members, table), flags.GetValueOrDefault(change.IncidentId));
            row = ScoreRows.Row(incident, version, change.Version, change.Reason, MembersJson.Write(change.Members));
            Announcements.Add((new IncidentScored(version, change.Reason, incident), OutboxTracing.CurrentTraceParent()));
            logger.LogDebug("Incident {IncidentId} scored as version {Version}: {Grade} at {Confidence}", change.IncidentId, version, incident.Grade, incident.Confidence);
        }
        current[change.IncidentId] = row;
        Rows.Add(row);
    }
}
