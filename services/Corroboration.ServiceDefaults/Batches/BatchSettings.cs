using Microsoft.Extensions.Configuration;

namespace Corroboration.ServiceDefaults.Batches;

/// <summary>
/// How a batch consumer takes its messages: up to <see cref="Size"/> at once, or what arrived
/// within <see cref="TimeLimit"/> of the first, and <see cref="Concurrency"/> batches at a time.
/// </summary>
public sealed record BatchSettings(int Size, TimeSpan TimeLimit, int Concurrency)
{
    public const int DefaultSize = 100;

    /// <summary>The settings <c>{section}:BatchSize</c>, <c>{section}:BatchTimeLimit</c> and <c>{section}:Concurrency</c>, or the defaults.</summary>
    public static BatchSettings Read(IConfiguration configuration, string section, TimeSpan timeLimit, int concurrency) => new(
        Math.Max(1, configuration.GetValue($"{section}:BatchSize", DefaultSize)),
        configuration.GetValue($"{section}:BatchTimeLimit", timeLimit),
        Math.Max(1, configuration.GetValue($"{section}:Concurrency", concurrency)));
}
