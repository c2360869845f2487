using MassTransit;

namespace Corroboration.ServiceDefaults;

/// <summary>The retry every consumer uses: exponential backoff for passing faults (a lost connection, a lock).</summary>
public static class RetryPolicy
{
    public static IRetryConfigurator Standard(IRetryConfigurator retry) =>
        retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300));
}
