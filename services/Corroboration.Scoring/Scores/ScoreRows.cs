using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Scoring;
using Corroboration.Scoring.Data;

namespace Corroboration.Scoring.Scores;

/// <summary>
/// What Scoring stores of a score, the part the rescorer and the batch path share: the score row
/// of an incident as <see cref="CorroborationScorer"/> scored it, a removed incident's tombstone,
/// and the sources an incident is indexed under.
/// </summary>
public static class ScoreRows
{
    public static ScoreRow Row(IncidentPayload incident, long version, long matchingVersion, string reason, string? membersJson) => new()
    {
        IncidentId = incident.Id,
        Version = version,
        MatchingVersion = matchingVersion,
        Confidence = incident.Confidence,
        Grade = incident.Grade,
        IncidentJson = JsonSerializer.Serialize(incident, InterchangeJson.Options),
        Reason = reason,
        ScoredAt = DateTimeOffset.UtcNow.ToString("O"),
        MembersJson = membersJson,
        OccurredOn = incident.OccurredOn ?? "",
        Place = incident.Place ?? "",
        ReportCount = incident.ReportIds.Count,
    };

    public static ScoreRow Tombstone(IncidentChanged change, long version, ScoreRow? current) => new()
    {
        IncidentId = change.IncidentId,
        Version = version,
        MatchingVersion = change.Version,
        Removed = 1,
        Confidence = 0,
        Grade = "removed",
        IncidentJson = current?.IncidentJson ?? "{}",
        Reason = change.Reason,
        ScoredAt = DateTimeOffset.UtcNow.ToString("O"),
        MembersJson = "[]",
    };

    /// <summary>The keys of the known sources of the members, each once: what a pin or relearning finds the incident by.</summary>
    public static IEnumerable<string> SourceKeys(IEnumerable<IncidentMember> members) =>
        members.Where(m => !SourceNames.IsUnknown(m.Source)).Select(m => SourceNames.Key(m.Source)).Distinct(StringComparer.Ordinal);
}
