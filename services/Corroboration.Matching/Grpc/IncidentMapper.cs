using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Protos;
using Corroboration.Protos.V1;

namespace Corroboration.Matching.Grpc;

/// <summary>An incident row and its members as the gRPC <see cref="Incident"/>.</summary>
public static class IncidentMapper
{
    public static Incident ToProto(IncidentRow row, IEnumerable<MemberRow> members)
    {
        var incident = new Incident
        {
            Id = row.Id,
            Version = row.Version,
            OccurredOn = row.OccurredOn ?? "",
            Place = row.Place ?? "",
            UpdatedAt = row.UpdatedAt,
        };
        foreach (var memberRow in members)
        {
            var member = ProfileJson.Member(memberRow);
            incident.Claims.Add(new IncidentClaim
            {
                ReportId = member.ReportId,
                ClaimIndex = member.ClaimIndex,
                Source = member.Source,
                SourceType = member.SourceType,
                Claim = ClaimMapper.ToProto(member.Claim),
                MatchProbability = memberRow.MatchProbability,
                PlacedBy = memberRow.PlacedBy ?? "",
            });
        }
        incident.ReportIds.AddRange(incident.Claims.Select(c => c.ReportId).Distinct());
        return incident;
    }
}
