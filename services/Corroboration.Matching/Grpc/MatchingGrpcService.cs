using Corroboration.Core.Interchange;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Protos;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults;
using Grpc.Core;

namespace Corroboration.Matching.Grpc;

/// <summary>MatchingService over gRPC: reading incidents and their claims.</summary>
public sealed class MatchingGrpcService(IncidentStore store) : MatchingService.MatchingServiceBase
{
    public override async Task<Incident> GetIncident(GetIncidentRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Id))
        {
            throw RpcErrors.InvalidArgument("id", "is required");
        }
        var row = await store.FindAsync(request.Id, context.CancellationToken) ?? throw RpcErrors.NotFound($"incident '{request.Id}'");
        return await ToProtoAsync(row, context.CancellationToken);
    }

    public override async Task<ListIncidentsResponse> ListIncidents(ListIncidentsRequest request, ServerCallContext context)
    {
        var query = new IncidentQuery(
            Paging.PageSize(request.PageSize),
            NullIfEmpty(request.PageToken),
            CheckedDate(request.OccurredFrom, "occurredFrom"),
            CheckedDate(request.OccurredTo, "occurredTo"),
            NullIfEmpty(request.Place),
            NullIfEmpty(request.Text));
        var rows = await store.ListAsync(query, context.CancellationToken);
        var response = new ListIncidentsResponse { NextPageToken = rows.Count == query.PageSize ? rows[^1].Id : "" };
        foreach (var row in rows)
        {
            response.Incidents.Add(await ToProtoAsync(row, context.CancellationToken));
        }
        return response;
    }

    public override async Task<ListIncidentsResponse> GetIncidentOfReport(GetIncidentOfReportRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.ReportId))
        {
            throw RpcErrors.InvalidArgument("reportId", "is required");
        }
        var response = new ListIncidentsResponse();
        foreach (var id in await store.IncidentIdsOfReportAsync(request.ReportId, context.CancellationToken))
        {
            if (await store.FindAsync(id, context.CancellationToken) is { } row)
            {
                response.Incidents.Add(await ToProtoAsync(row, context.CancellationToken));
            }
        }
        if (response.Incidents.Count == 0)
        {
            throw RpcErrors.NotFound($"incidents of report '{request.ReportId}'");
        }
        return response;
    }

    private async Task<Incident> ToProtoAsync(IncidentRow row, CancellationToken cancellationToken)
    {
        var incident = new Incident
        {
            Id = row.Id,
            Version = row.Version,
            OccurredOn = row.OccurredOn ?? "",
            Place = row.Place ?? "",
            UpdatedAt = row.UpdatedAt,
        };
        foreach (var memberRow in await store.MembersAsync(row.Id, cancellationToken))
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
            });
        }
        incident.ReportIds.AddRange(incident.Claims.Select(c => c.ReportId).Distinct());
        return incident;
    }

    private static string? CheckedDate(string value, string field)
    {
        if (value.Length == 0)
        {
            return null;
        }
        return IsoDates.TryParseDate(value, out _) ? value : throw RpcErrors.InvalidArgument(field, "must be an ISO-8601 date such as 2015-11-29");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
