using Corroboration.Contracts;
using Corroboration.Core.Interchange;
using Corroboration.Protos;
using Corroboration.Protos.V1;

namespace Corroboration.Cli.Remote;

/// <summary>Sends one batch of reports as one <c>SubmitReports</c> client stream, again after a transient failure.</summary>
public sealed class ReportBatchSender(ServerConnection server, Retrying retrying)
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromMinutes(2);

    private readonly IngestService.IngestServiceClient _client = new(server.Channel);

    /// <summary>One result per report, in order. The whole batch is sent again on a retry: the server answers UNCHANGED for what it already has.</summary>
    public Task<SubmitReportsResponse> SendAsync(IReadOnlyList<JsonlLine<ReportPayload>> batch, CancellationToken cancellationToken) =>
        retrying.RunAsync(async token =>
        {
            using var call = _client.SubmitReports(null, DateTime.UtcNow.Add(CallDeadline), token);
            foreach (var line in batch)
            {
                await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = ReportMapper.ToProto(line.Value!) }, token);
            }
            await call.RequestStream.CompleteAsync();
            return await call;
        }, cancellationToken);
}
