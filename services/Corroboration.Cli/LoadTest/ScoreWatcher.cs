using Corroboration.Protos.V1;
using Grpc.Core;

namespace Corroboration.Cli.LoadTest;

/// <summary>Follows Scoring's <c>WatchScores</c> and records the first score that lists each report.</summary>
public sealed class ScoreWatcher(ScoringService.ScoringServiceClient client, LoadRecorder recorder, Func<double> now)
{
    /// <summary>Reads until <paramref name="cancellationToken"/> fires; any other end of the stream is an error.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var call = client.WatchScores(new WatchScoresRequest(), cancellationToken: cancellationToken);
        try
        {
            await foreach (var scored in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                var at = now();
                foreach (var reportId in scored.ReportIds)
                {
                    recorder.Scored(reportId, at);
                }
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        throw new InvalidOperationException("Scoring ended the WatchScores stream");
    }
}
