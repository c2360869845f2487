using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Protos;
using Corroboration.Protos.V1;
using Corroboration.Scoring.Data;
using Corroboration.Scoring.Scores;
using Corroboration.ServiceDefaults;
using Grpc.Core;

namespace Corroboration.Scoring.Grpc;

/// <summary>ScoringService over gRPC: current scores, and a stream of new ones.</summary>
public sealed class ScoringGrpcService(ScoreStore store, ScoreFeed feed) : ScoringService.ScoringServiceBase
{
    private static readonly HashSet<string> Grades = ["confirmed", "fair", "weak", "contested", "discounted"];

    public override async Task<ScoredIncident> GetScore(GetScoreRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.IncidentId))
        {
            throw RpcErrors.InvalidArgument("incidentId", "is required");
        }
        var row = await store.FindAsync(request.IncidentId, context.CancellationToken) ?? throw RpcErrors.NotFound($"score of incident '{request.IncidentId}'");
        return ToProto(row);
    }

    public override async Task<ListScoresResponse> ListScores(ListScoresRequest request, ServerCallContext context)
    {
        var query = new ScoreQuery(Paging.PageSize(request.PageSize), request.PageToken.Length == 0 ? null : request.PageToken,
            CheckedGrade(request.Grade), CheckedConfidence(request.MinConfidence));
        var rows = await store.ListAsync(query, context.CancellationToken);
        var response = new ListScoresResponse { NextPageToken = rows.Count == query.PageSize ? rows[^1].IncidentId : "" };
        response.Scores.AddRange(rows.Select(ToProto));
        return response;
    }

    public override async Task WatchScores(WatchScoresRequest request, IServerStreamWriter<ScoredIncident> responseStream, ServerCallContext context)
    {
        var grade = CheckedGrade(request.Grade);
        var minConfidence = CheckedConfidence(request.MinConfidence);
        var (id, reader) = feed.Subscribe();
        try
        {
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

    private static ScoredIncident ToProto(ScoreRow row) =>
        IncidentMapper.ToProto(JsonSerializer.Deserialize<IncidentPayload>(row.IncidentJson, InterchangeJson.Options)!, row.Version, row.Reason, row.ScoredAt);

    private static string? CheckedGrade(string grade) =>
        grade.Length == 0 ? null
        : Grades.Contains(grade) ? grade
        : throw RpcErrors.InvalidArgument("grade", "must be one of confirmed, fair, weak, contested, discounted");

    private static double CheckedConfidence(double confidence) =>
        confidence is >= 0 and <= 1 ? confidence : throw RpcErrors.InvalidArgument("minConfidence", "must be between 0 and 1");
}
