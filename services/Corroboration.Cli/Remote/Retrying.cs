using Grpc.Core;

namespace Corroboration.Cli.Remote;

/// <summary>
/// Repeats a call that failed transiently, with exponential backoff (0.25 s doubling to 5 s), for
/// at most <paramref name="giveUpAfter"/> of consecutive failures. Only for calls that are safe to
/// repeat: re-submitting a report is idempotent server-side, reading is harmless.
/// </summary>
public sealed class Retrying(TimeSpan giveUpAfter, Action<string> onRetry)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var failingSince = DateTime.UtcNow;
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (RpcException ex) when (TransientFailure.Is(ex) && DateTime.UtcNow - failingSince + delay <= giveUpAfter)
            {
                onRetry($"{ex.StatusCode}: {ex.Status.Detail}; attempt {attempt + 1} in {delay.TotalSeconds:0.##} s");
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }
}
