using Microsoft.Extensions.Options;

namespace Corroboration.Scoring.Reliability;

/// <summary>
/// Runs <see cref="ReliabilityLearner"/> when <see cref="RelearnSchedule"/> says something
/// changed: at most every <see cref="ScoringOptions.RelearnSeconds"/> after incident changes (and
/// less often when learning is slow, see the schedule), at once after an analyst's. Each tick
/// also refreshes the trust cache, so learning and pins of other replicas reach this one.
/// </summary>
public sealed class RelearnService(
    IServiceScopeFactory scopes,
    RelearnSchedule schedule,
    TrustCache cache,
    IOptions<ScoringOptions> options,
    ILogger<RelearnService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.RelearnSeconds;
        var tick = seconds > 0 ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
        if (seconds > 0)
        {
            // Changes just before the last shutdown may not have been learned from.
            schedule.MarkStale();
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await schedule.WaitAsync(tick, stoppingToken);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            var learn = schedule.TakeStale();
            try
            {
                if (learn)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    schedule.Learned(await scope.ServiceProvider.GetRequiredService<ReliabilityLearner>().LearnAsync(stoppingToken));
                }
                else
                {
                    await cache.RefreshAsync(stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "{Work} failed; trying again at the next tick", learn ? "Learning source reliabilities" : "Refreshing source trust");
                if (learn)
                {
                    schedule.MarkStale();
                }
            }
        }
    }
}
