using System.Text.Json;
using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Ingest.Data;
using Corroboration.Ingest.Intake;
using Corroboration.Protos;
using Corroboration.Protos.V1;
using Corroboration.ServiceDefaults;
using Corroboration.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Corroboration.Ingest.Grpc;

/// <summary>IngestService over gRPC: a thin shell around <see cref="ReportIntake"/>.</summary>
public sealed class IngestGrpcService(ReportIntake intake, ReportStore store) : IngestService.IngestServiceBase
{
    [Authorize(Roles = Role.Ingest)]
    public override async Task<SubmitResult> SubmitReport(SubmitReportRequest request, ServerCallContext context)
    {
        if (request.Report is null)
        {
            throw RpcErrors.InvalidArgument("report", "is required");
        }
        var result = await intake.SubmitAsync(ReportMapper.ToPayload(request.Report), context.CancellationToken);
        if (result.Outcome == IntakeOutcome.Rejected)
        {
            throw RpcErrors.InvalidArgument(result.Violations.Select(v => (v.Field, v.Description)));
        }
        return ToProto(result, 0);
    }

    /// <summary>Most reports of a stream submitted together (see <see cref="SubmitReports"/>).</summary>
    public const int StreamBatch = 100;

    /// <summary>
    /// Submits a stream's reports in batches (<see cref="ReportIntake.SubmitAllAsync"/>): what has
    /// arrived when the last batch is done, up to <see cref="StreamBatch"/>, goes next, so a fast
    /// sender's reports share statements and a slow one's are not held back waiting for more.
    /// </summary>
    [Authorize(Roles = Role.Ingest)]
    public override async Task<SubmitReportsResponse> SubmitReports(IAsyncStreamReader<SubmitReportRequest> requestStream, ServerCallContext context)
    {
        var response = new SubmitReportsResponse();
        var batch = new List<SubmitReportRequest>();
        var more = requestStream.MoveNext(context.CancellationToken);
        while (await more)
        {
            batch.Add(requestStream.Current);
            more = requestStream.MoveNext(context.CancellationToken); // reads on while the batch is submitted
            if (batch.Count == StreamBatch || !more.IsCompleted)
            {
                await SubmitBatchAsync(batch, response, context.CancellationToken);
                batch.Clear();
            }
        }
        await SubmitBatchAsync(batch, response, context.CancellationToken);
        return response;
    }

    private async Task SubmitBatchAsync(List<SubmitReportRequest> batch, SubmitReportsResponse response, CancellationToken cancellationToken)
    {
        var submitted = batch.Where(r => r.Report is not null).Select(r => ReportMapper.ToPayload(r.Report)).ToList();
        var results = new Queue<IntakeResult>(await intake.SubmitAllAsync(submitted, cancellationToken)); // in the order of the reports
        foreach (var request in batch)
        {
            var result = request.Report is null ? new IntakeResult("", IntakeOutcome.Rejected, 0, 0, [new("report", "is required")]) : results.Dequeue();
            response.Results.Add(ToProto(result, response.Results.Count));
            switch (result.Outcome)
            {
                case IntakeOutcome.Accepted: response.Accepted++; break;
                case IntakeOutcome.Updated: response.Updated++; break;
                case IntakeOutcome.Unchanged: response.Unchanged++; break;
                default: response.Rejected++; break;
            }
        }
    }

    [Authorize(Roles = Role.Reader)]
    public override async Task<StoredReport> GetReport(GetReportRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Id))
        {
            throw RpcErrors.InvalidArgument("id", "is required");
        }
        var row = await store.FindAsync(request.Id, context.CancellationToken) ?? throw RpcErrors.NotFound($"report '{request.Id}'");
        var payload = new ReportPayload
        {
            Id = row.Id,
            Source = row.Source,
            SourceType = row.SourceType,
            Url = row.Url,
            PublishedAt = row.PublishedAt,
            Language = row.Language,
            Title = row.Title,
            Text = row.Text,
            Claims = JsonSerializer.Deserialize<List<ClaimPayload>>(row.ClaimsJson, InterchangeJson.Options),
        };
        return new StoredReport
        {
            Report = ReportMapper.ToProto(payload),
            Version = row.Version,
            ClaimsExtracted = row.ClaimsExtracted != 0,
            ReceivedAt = row.ReceivedAt,
            ExtractionNote = row.ExtractionNote ?? "",
        };
    }

    private static SubmitResult ToProto(IntakeResult result, int index)
    {
        var proto = new SubmitResult
        {
            Id = result.Id ?? "",
            Index = index,
            Outcome = result.Outcome switch
            {
                IntakeOutcome.Accepted => SubmitOutcome.Accepted,
                IntakeOutcome.Updated => SubmitOutcome.Updated,
                IntakeOutcome.Unchanged => SubmitOutcome.Unchanged,
                _ => SubmitOutcome.Rejected,
            },
            Version = result.Version,
            ClaimCount = result.ClaimCount,
        };
        proto.Violations.AddRange(result.Violations.Select(v => new Protos.V1.FieldViolation { Field = v.Field, Description = v.Description }));
        return proto;
    }
}
