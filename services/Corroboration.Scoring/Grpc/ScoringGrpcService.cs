using Corroboration.Core.Scoring;
using Corroboration.Protos;
using Corroboration.Protos.V1;
using Corroboration.Scoring.Analysts;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Reliability;
using Corroboration.Scoring.Scores;
using Corroboration.ServiceDefaults;
using Corroboration.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Corroboration.Scoring.Grpc;

/// <summary>
/// ScoringService over gRPC: current scores, their history and a stream of new ones; source
/// reliabilities; and analysts' control (a thin shell that checks requests and hands over to
/// <see cref="IncidentFlagger"/> and <see cref="SourcePinner"/>).
/// </summary>
public sealed class ScoringGrpcService(
    ScoreStore store,
    ScoreFeed feed,
    TrustStore trust,
    ScoringAuditStore audit,
    IncidentFlagger flagger,
    SourcePinner pinner,
    AnalystIdentity identity) : ScoringService.ScoringServiceBase
{
    [Authorize(Roles = Role.Reader)]
    public override async Task<ScoredIncident> GetScore(GetScoreRequest request, ServerCallContext context)
    {
        new RequestCheck().Required(request.IncidentId, "incidentId").ThrowIfAny();
        var row = await store.FindAsync(request.IncidentId, context.CancellationToken) ?? throw RpcErrors.NotFound($"score of incident '{request.IncidentId}'");
        return ScoringMapper.ToProto(row);
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<ListScoresResponse> ListScores(ListScoresRequest request, ServerCallContext context)
    {
        var query = ScoreFilters.ListQuery(request);
        // One row more than the page tells whether another page follows, so the last token is never a page of nothing.
        var rows = await store.ListAsync(query with { PageSize = query.PageSize + 1 }, context.CancellationToken);
        var page = rows.Take(query.PageSize).ToList();
        var response = new ListScoresResponse { NextPageToken = rows.Count > query.PageSize ? ScorePageToken.Of(query.Order, page[^1]) : "" };
        response.Scores.AddRange(page.Select(ScoringMapper.ToProto));
        return response;
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task WatchScores(WatchScoresRequest request, IServerStreamWriter<ScoredIncident> responseStream, ServerCallContext context)
    {
        var check = new RequestCheck();
        var grade = ScoreFilters.Grade(check, request.Grade);
        var minConfidence = ScoreFilters.MinConfidence(check, request.MinConfidence);
        check.ThrowIfAny();
        var (id, reader) = feed.Subscribe();
        try
        {
            // Headers now tell the watcher it is subscribed: every score from here on reaches it.
            await context.WriteResponseHeadersAsync([]);
            await foreach (var scored in reader.ReadAllAsync(context.CancellationToken))
            {
                if ((grade is null || scored.Incident.Grade == grade) && scored.Incident.Confidence >= minConfidence)
                {
                    await responseStream.WriteAsync(IncidentMapper.ToProto(scored.Incident, scored.Version, scored.Reason, DateTimeOffset.UtcNow.ToString("O")));
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The watcher hung up.
        }
        finally
        {
            feed.Unsubscribe(id);
        }
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<GetScoreHistoryResponse> GetScoreHistory(GetScoreHistoryRequest request, ServerCallContext context)
    {
        new RequestCheck().Required(request.IncidentId, "incidentId").ThrowIfAny();
        var pageSize = Paging.PageSize(request.PageSize);
        var before = Paging.IdToken(request.PageToken);
        var rows = await store.HistoryAsync(request.IncidentId, before, pageSize, context.CancellationToken);
        if (rows.Count == 0 && before is null)
        {
            throw RpcErrors.NotFound($"score history of incident '{request.IncidentId}'");
        }
        var response = new GetScoreHistoryResponse { NextPageToken = rows.Count == pageSize ? rows[^1].Version.ToString() : "" };
        response.Versions.AddRange(rows.Select(ScoringMapper.ToProto));
        return response;
    }

    [Authorize(Roles = Role.Analyst)]
    public override async Task<ScoredIncident> FlagIncident(FlagIncidentRequest request, ServerCallContext context)
    {
        var check = new RequestCheck().Required(request.IncidentId, "incidentId");
        var verdict = request.Verdict switch
        {
            Verdict.Confirmed => Verdicts.Confirmed,
            Verdict.Refuted => Verdicts.Refuted,
            _ => null,
        };
        if (verdict is null)
        {
            check.Add("verdict", "must be VERDICT_CONFIRMED or VERDICT_REFUTED");
        }
        var change = identity.Checked(check, request.Analyst, request.Reason, context);
        return ScoringMapper.ToProto(await flagger.FlagAsync(request.IncidentId, verdict!, change, context.CancellationToken));
    }

    [Authorize(Roles = Role.Analyst)]
    public override async Task<Protos.V1.SourceReliability> SetSourceReliability(SetSourceReliabilityRequest request, ServerCallContext context)
    {
        var check = new RequestCheck().Required(request.Source, "source");
        if (!string.IsNullOrWhiteSpace(request.Source) && SourceNames.IsUnknown(request.Source))
        {
            check.Add("source", "must name a source");
        }
        if (request.HasReliability == request.Clear)
        {
            check.Add("reliability", request.Clear ? "must not be given with clear" : "is required unless clear is set");
        }
        else if (request.HasReliability && request.Reliability is not (>= 0 and <= 1))
        {
            check.Add("reliability", "must be between 0 and 1");
        }
        var change = identity.Checked(check, request.Analyst, request.Reason, context);
        var source = request.Source.Trim();
        await pinner.SetAsync(source, request.HasReliability ? request.Reliability : null, change, context.CancellationToken);
        var state = await trust.LoadAsync(context.CancellationToken);
        return ScoringMapper.ToProto(state.Table.Find(source) ?? TrustState.Unreported(source), state);
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<Protos.V1.SourceReliability> GetSourceReliability(GetSourceReliabilityRequest request, ServerCallContext context)
    {
        new RequestCheck().Required(request.Source, "source").ThrowIfAny();
        var state = await trust.LoadAsync(context.CancellationToken);
        var source = state.Table.Find(request.Source) ?? throw RpcErrors.NotFound($"source '{request.Source}'");
        return ScoringMapper.ToProto(source, state);
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<ListSourceReliabilitiesResponse> ListSourceReliabilities(ListSourceReliabilitiesRequest request, ServerCallContext context)
    {
        var pageSize = Paging.PageSize(request.PageSize);
        var state = await trust.LoadAsync(context.CancellationToken);
        var page = state.Table.Sources
            .Select(s => (Key: SourceNames.Key(s.Source), Source: s))
            .Where(s => string.CompareOrdinal(s.Key, request.PageToken) > 0)
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Take(pageSize)
            .ToList();
        var response = new ListSourceReliabilitiesResponse { NextPageToken = page.Count == pageSize ? page[^1].Key : "" };
        response.Sources.AddRange(page.Select(s => ScoringMapper.ToProto(s.Source, state)));
        return response;
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<ListScoringAuditResponse> ListScoringAudit(ListScoringAuditRequest request, ServerCallContext context)
    {
        var query = new ScoringAuditQuery(Paging.PageSize(request.PageSize), Paging.IdToken(request.PageToken),
            NullIfEmpty(request.IncidentId), request.Source.Length == 0 ? null : SourceNames.Key(request.Source));
        var rows = await audit.ListAsync(query, context.CancellationToken);
        var response = new ListScoringAuditResponse { NextPageToken = rows.Count == query.PageSize ? rows[^1].Id.ToString() : "" };
        response.Entries.AddRange(rows.Select(ScoringMapper.ToProto));
        return response;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
