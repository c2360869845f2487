using System.Threading.Channels;
using Corroboration.Protos.V1;
using Grpc.Core;

namespace Corroboration.Cli.LoadTest;

/// <summary>
/// Sends the reports whose indexes come out of the schedule to Ingest, one worker per call in
/// flight, and records each answer: unary, one <c>SubmitReport</c> per report; streaming, up to
/// <paramref name="batch"/> reports per <c>SubmitReports</c> client stream, answered together.
/// </summary>
public sealed class ReportSubmitter(
    IngestService.IngestServiceClient client, IReadOnlyList<Report> reports, int batch, LoadRecorder recorder, Func<double> now)
{
    private static readonly TimeSpan CallDeadline = TimeSpan.FromMinutes(2);

    public async Task RunUnaryAsync(ChannelReader<int> due, CancellationToken cancellationToken)
    {
        await foreach (var index in due.ReadAllAsync(cancellationToken))
        {
            recorder.Sent(index, now());
            try
            {
                var result = await client.SubmitReportAsync(
                    new SubmitReportRequest { Report = reports[index] }, null, DateTime.UtcNow.Add(CallDeadline), cancellationToken);
                recorder.Called();
                Answered(index, result, now());
            }
            catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
            {
                recorder.Called();
                recorder.Failed(ex.StatusCode.ToString());
            }
        }
    }

    public async Task RunStreamAsync(ChannelReader<int> due, CancellationToken cancellationToken)
    {
        var sent = new List<int>(batch);
        while (await due.WaitToReadAsync(cancellationToken))
        {
            if (!due.TryRead(out var first))
            {
                continue; // another worker took it
            }
            sent.Clear();
            try
            {
                using var call = client.SubmitReports(null, DateTime.UtcNow.Add(CallDeadline), cancellationToken);
                for (var index = first; ; index = await due.ReadAsync(cancellationToken))
                {
                    recorder.Sent(index, now());
                    sent.Add(index);
                    await call.RequestStream.WriteAsync(new SubmitReportRequest { Report = reports[index] }, cancellationToken);
                    if (sent.Count == batch || !await due.WaitToReadAsync(cancellationToken))
                    {
                        break;
                    }
                }
                await call.RequestStream.CompleteAsync();
                var response = await call;
                var answeredAt = now();
                recorder.Called();
                foreach (var result in response.Results)
                {
                    Answered(sent[result.Index], result, answeredAt);
                }
            }
            catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
            {
                recorder.Called();
                sent.ForEach(_ => recorder.Failed(ex.StatusCode.ToString()));
            }
        }
    }

    private void Answered(int index, SubmitResult result, double at)
    {
        if (result.Outcome is SubmitOutcome.Accepted or SubmitOutcome.Updated)
        {
            recorder.Accepted(index, at, result.ClaimCount);
        }
        else
        {
            recorder.Failed(result.Outcome.ToString().ToLowerInvariant());
        }
    }
}
