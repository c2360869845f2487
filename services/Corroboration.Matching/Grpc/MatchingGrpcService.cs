using Corroboration.Core.Interchange;
using Corroboration.Matching.Curation;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults;
using Corroboration.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Corroboration.Matching.Grpc;

/// <summary>
/// MatchingService over gRPC: reading incidents, and analysts' control over them (a thin shell
/// that checks requests and hands over to <see cref="IncidentCurator"/>, <see cref="ConstraintEditor"/>,
/// <see cref="MatchExplainer"/>).
/// </summary>
public sealed class MatchingGrpcService(
    IncidentStore store,
    ConstraintStore constraints,
    AuditStore audit,
    IncidentCurator curator,
    ConstraintEditor constraintEditor,
    MatchExplainer explainer,
    AnalystIdentity identity,
    MatchModelSource model) : MatchingService.MatchingServiceBase
{
    [Authorize(Roles = Role.Reader)]
    public override Task<Protos.V1.MatchModel> GetMatchModel(GetMatchModelRequest request, ServerCallContext context) =>
        Task.FromResult(MatchModelMapper.ToMessage(model));

    [Authorize(Roles = Role.Reader)]
    public override async Task<Incident> GetIncident(GetIncidentRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Id))
        {
            throw RpcErrors.InvalidArgument("id", "is required");
        }
        return await LoadAsync(request.Id, context.CancellationToken);
    }

    [Authorize(Roles = Role.Reader)]
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
            response.Incidents.Add(IncidentMapper.ToProto(row, await store.MembersAsync(row.Id, context.CancellationToken)));
        }
        return response;
    }

    [Authorize(Roles = Role.Reader)]
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
                response.Incidents.Add(IncidentMapper.ToProto(row, await store.MembersAsync(row.Id, context.CancellationToken)));
            }
        }
        if (response.Incidents.Count == 0)
        {
            throw RpcErrors.NotFound($"incidents of report '{request.ReportId}'");
        }
        return response;
    }

    [Authorize(Roles = Role.Analyst)]
    public override async Task<Incident> MergeIncidents(MergeIncidentsRequest request, ServerCallContext context)
    {
        var check = new RequestCheck().Required(request.TargetIncidentId, "targetIncidentId");
        if (request.SourceIncidentIds.Count == 0)
        {
            check.Add("sourceIncidentIds", "needs at least one incident");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { request.TargetIncidentId };
        for (var i = 0; i < request.SourceIncidentIds.Count; i++)
        {
            var sourceId = request.SourceIncidentIds[i];
            if (string.IsNullOrWhiteSpace(sourceId))
            {
                check.Add($"sourceIncidentIds[{i}]", "is required");
            }
            else if (!seen.Add(sourceId))
            {
                check.Add($"sourceIncidentIds[{i}]", sourceId == request.TargetIncidentId ? "is the target" : "is listed twice");
            }
        }
        var change = identity.Checked(check, request.Analyst, request.Reason, context);
        var id = await curator.MergeAsync(request.TargetIncidentId, [.. request.SourceIncidentIds], change, context.CancellationToken);
        return await LoadAsync(id, context.CancellationToken);
    }

    [Authorize(Roles = Role.Analyst)]
    public override async Task<Incident> MoveClaim(MoveClaimRequest request, ServerCallContext context)
    {
        var check = new RequestCheck().Required(request.ReportId, "reportId").ClaimIndex(request.ClaimIndex, "claimIndex");
        var change = identity.Checked(check, request.Analyst, request.Reason, context);
        var claim = new ClaimKey(request.ReportId, request.ClaimIndex);
        var id = await curator.MoveAsync(claim, NullIfEmpty(request.ToIncidentId), change, context.CancellationToken);
        return await LoadAsync(id, context.CancellationToken);
    }

    [Authorize(Roles = Role.Analyst)]
    public override async Task<Incident> SplitIncident(SplitIncidentRequest request, ServerCallContext context)
    {
        var check = new RequestCheck().Required(request.IncidentId, "incidentId");
        if (request.Claims.Count == 0)
        {
            check.Add("claims", "needs at least one claim");
        }
        var claims = new List<ClaimKey>();
        for (var i = 0; i < request.Claims.Count; i++)
        {
            check.Claim(request.Claims[i], $"claims[{i}]");
            var claim = new ClaimKey(request.Claims[i].ReportId, request.Claims[i].ClaimIndex);
            if (claims.Contains(claim))
            {
                check.Add($"claims[{i}]", "is listed twice");
            }
            claims.Add(claim);
        }
        var change = identity.Checked(check, request.Analyst, request.Reason, context);
        var id = await curator.SplitAsync(request.IncidentId, claims, change, context.CancellationToken);
        return await LoadAsync(id, context.CancellationToken);
    }

    [Authorize(Roles = Role.Analyst)]
    public override async Task<Constraint> AddConstraint(AddConstraintRequest request, ServerCallContext context)
    {
        var check = new RequestCheck().Claim(request.ClaimA, "claimA").Claim(request.ClaimB, "claimB");
        var kind = CurationMapper.Kind(request.Kind);
        if (kind is null)
        {
            check.Add("kind", "must be CONSTRAINT_KIND_MUST_LINK or CONSTRAINT_KIND_CANNOT_LINK");
        }
        if (request.ClaimA is not null && request.ClaimA.Equals(request.ClaimB))
        {
            check.Add("claimB", "must be another claim than claimA");
        }
        var change = identity.Checked(check, request.Analyst, request.Reason, context);
        var row = await constraintEditor.AddAsync(kind!,
            new ClaimKey(request.ClaimA!.ReportId, request.ClaimA.ClaimIndex),
            new ClaimKey(request.ClaimB!.ReportId, request.ClaimB.ClaimIndex),
            change, context.CancellationToken);
        return CurationMapper.ToProto(row);
    }

    [Authorize(Roles = Role.Analyst)]
    public override async Task<Constraint> RemoveConstraint(RemoveConstraintRequest request, ServerCallContext context)
    {
        var change = identity.Checked(new RequestCheck().Required(request.Id, "id"), request.Analyst, request.Reason, context);
        return CurationMapper.ToProto(await constraintEditor.RemoveAsync(request.Id, change, context.CancellationToken));
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<ListConstraintsResponse> ListConstraints(ListConstraintsRequest request, ServerCallContext context)
    {
        var response = new ListConstraintsResponse();
        var rows = await constraints.ListAsync(NullIfEmpty(request.ReportId), context.CancellationToken);
        response.Constraints.AddRange(rows.Select(CurationMapper.ToProto));
        return response;
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<ExplainMatchResponse> ExplainMatch(ExplainMatchRequest request, ServerCallContext context)
    {
        new RequestCheck()
            .Required(request.ReportId, "reportId")
            .ClaimIndex(request.ClaimIndex, "claimIndex")
            .Required(request.IncidentId, "incidentId")
            .ThrowIfAny();
        var explanation = await explainer.ExplainAsync(new ClaimKey(request.ReportId, request.ClaimIndex), request.IncidentId, context.CancellationToken);
        return CurationMapper.ToProto(explanation);
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<ListAuditResponse> ListAudit(ListAuditRequest request, ServerCallContext context)
    {
        var query = new AuditQuery(Paging.PageSize(request.PageSize), Paging.IdToken(request.PageToken), NullIfEmpty(request.IncidentId));
        var rows = await audit.ListAsync(query, context.CancellationToken);
        var response = new ListAuditResponse { NextPageToken = rows.Count == query.PageSize ? rows[^1].Id.ToString() : "" };
        response.Entries.AddRange(rows.Select(CurationMapper.ToProto));
        return response;
    }

    private async Task<Incident> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var row = await store.FindAsync(id, cancellationToken) ?? throw RpcErrors.NotFound($"incident '{id}'");
        return IncidentMapper.ToProto(row, await store.MembersAsync(row.Id, cancellationToken));
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
