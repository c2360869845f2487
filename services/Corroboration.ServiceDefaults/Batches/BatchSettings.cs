using Microsoft.Extensions.Configuration;

namespace Corroboration.ServiceDefaults.Batches;

/// <summary>
/// How a batch consumer takes its messages: up to <see cref="Size"/> at once, or what arrived
/// within <see cref="TimeLimit"/> of the first, and <see cref="Concurrency"/> batches at a time.
/// </summary>
public sealed record BatchSettings(int Size, TimeSpan TimeLimit, int Concurrency)
{
    public const int DefaultSize = 100;

    /// <summary>The settings named by <paramref name="keys"/>, or the defaults.</summary>
    public static BatchSettings Read(IConfiguration configuration, BatchKeys keys, TimeSpan timeLimit, int concurrency) => new(
        Math.Max(1, configuration.GetValue(keys.Size, DefaultSize)),
        configuration.GetValue(keys.TimeLimit, timeLimit),
        Math.Max(1, configuration.GetValue(keys.Concurrency, concurrency)));
}

/// <summary>The configuration keys of a consumer's <see cref="BatchSettings"/>, written out whole so that they can be found in the source.</summary>
public sealed record BatchKeys(string Size, string TimeLimit, string Concurrency);
