using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Core.Scoring;
using Corroboration.Protos;
using Corroboration.Protos.V1;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Reliability;

namespace Corroboration.Scoring.Grpc;

/// <summary>Stored scores, source reliabilities and audit entries as gRPC messages.</summary>
public static class ScoringMapper
{
    /// <summary>A current score or a version from the history (whose grade may be "removed").</summary>
    public static ScoredIncident ToProto(ScoreRow row)
    {
        var proto = IncidentMapper.ToProto(JsonSerializer.Deserialize<IncidentPayload>(row.IncidentJson, InterchangeJson.Options)!, row.Version, row.Reason, row.ScoredAt);
        // A removal keeps the last incident's content but not its score.
        proto.Id = row.IncidentId;
        proto.Confidence = row.Confidence;
        proto.Grade = row.Grade;
        return proto;
    }

    public static Protos.V1.SourceReliability ToProto(SourceTrust source, TrustState state)
    {
        var proto = new Protos.V1.SourceReliability
        {
            Source = source.Source,
            SourceType = source.SourceType,
            Prior = source.Prior,
            Learned = source.Learned,
            Value = source.Value,
            Incidents = source.Incidents,
            Supported = source.Supported,
            Confirmed = source.Confirmed,
            Refuted = source.Refuted,
            LearnedAt = source.Incidents > 0 ? state.LearnedAt : "",
        };
        if (state.Pins.GetValueOrDefault(SourceNames.Key(source.Source)) is { } pin)
        {
            proto.Pinned = pin.Reliability;
            proto.PinnedBy = pin.Analyst;
            proto.PinReason = pin.Reason;
            proto.PinnedAt = pin.PinnedAt;
        }
        return proto;
    }

    public static ScoringAuditEntry ToProto(ScoringAuditRow row) => new()
    {
        Id = row.Id,
        At = row.ActedAt,
        Analyst = row.Analyst,
        Action = row.Action,
        IncidentId = row.IncidentId ?? "",
        Source = row.Source ?? "",
        Details = row.Details,
        Reason = row.Reason,
    };
}
