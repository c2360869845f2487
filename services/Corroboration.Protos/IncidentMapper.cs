using Corroboration.Contracts;
using Corroboration.Protos.V1;
using ProtoCasualtyRange = Corroboration.Protos.V1.CasualtyRange;
using ProtoExplanationLine = Corroboration.Protos.V1.ExplanationLine;
using ProtoPerpetratorSupport = Corroboration.Protos.V1.PerpetratorSupport;

namespace Corroboration.Protos;

/// <summary>Scored incident in gRPC ↔ incident in the interchange format.</summary>
public static class IncidentMapper
{
    public static ScoredIncident ToProto(IncidentPayload incident, long version, string reason, string scoredAt)
    {
        var proto = new ScoredIncident
        {
            Id = incident.Id,
            Confidence = incident.Confidence,
            Grade = incident.Grade,
            Contested = incident.Contested,
            OccurredOn = incident.OccurredOn ?? "",
            Place = incident.Place ?? "",
            IndependentSources = incident.IndependentSources,
            Version = version,
            Reason = reason,
            ScoredAt = scoredAt,
            Verdict = incident.Verdict ?? "",
        };
        if (incident.ModelConfidence is { } model) { proto.ModelConfidence = model; }
        if (incident.Lat is { } lat) { proto.Lat = lat; }
        if (incident.Lon is { } lon) { proto.Lon = lon; }
        if (incident.Killed is { } killed)
        {
            proto.Killed = new ProtoCasualtyRange { Low = killed.Low, Best = killed.Best, High = killed.High };
        }
        proto.ReportIds.AddRange(incident.ReportIds);
        proto.Perpetrators.AddRange(incident.Perpetrators.Select(p => new ProtoPerpetratorSupport { Name = p.Name, Support = p.Support }));
        proto.Explanation.AddRange(incident.Explanation.Select(e => new ProtoExplanationLine
        {
            ReportId = e.ReportId, Source = e.Source, Contribution = e.Contribution, Reason = e.Reason,
        }));
        return proto;
    }

    public static IncidentPayload ToPayload(ScoredIncident proto) => new()
    {
        Id = proto.Id,
        ReportIds = proto.ReportIds.ToList(),
        Confidence = proto.Confidence,
        Grade = proto.Grade,
        Contested = proto.Contested,
        OccurredOn = ClaimMapper.NullIfEmpty(proto.OccurredOn),
        Place = ClaimMapper.NullIfEmpty(proto.Place),
        Lat = proto.HasLat ? proto.Lat : null,
        Lon = proto.HasLon ? proto.Lon : null,
        Killed = proto.Killed is { } k ? new Contracts.CasualtyRange(k.Low, k.Best, k.High) : null,
        Perpetrators = proto.Perpetrators.Select(p => new Contracts.PerpetratorSupport(p.Name, p.Support)).ToList(),
        IndependentSources = proto.IndependentSources,
        Explanation = proto.Explanation.Select(e => new Contracts.ExplanationLine(e.ReportId, e.Source, e.Contribution, e.Reason)).ToList(),
        Verdict = ClaimMapper.NullIfEmpty(proto.Verdict),
        ModelConfidence = proto.HasModelConfidence ? proto.ModelConfidence : null,
    };
}
