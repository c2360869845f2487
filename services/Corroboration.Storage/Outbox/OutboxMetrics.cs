using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// How far the outboxes lag: the delay from writing a message to publishing it, and the age of
/// the oldest message each relay has yet to publish (it grows while the broker is unreachable).
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "Corroboration.Outbox";

    private readonly Histogram<double> _relayDelay;
    private readonly ConcurrentDictionary<string, DateTimeOffset?> _oldestPending = new(StringComparer.Ordinal);

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _relayDelay = meter.CreateHistogram<double>(
            "corroboration.outbox.relay.delay", "s", "Time from a message written to the outbox to its publication on the bus");
        meter.CreateObservableGauge(
            "corroboration.outbox.oldest_pending.age", ObserveOldestPending, "s", "Age of the oldest outbox message not yet published (0 when none)");
    }

    /// <summary>The relay of <paramref name="service"/> saw <paramref name="oldest"/> as its oldest unsent row (null: none left).</summary>
    public void Pending(string service, OutboxRow? oldest) => _oldestPending[service] = oldest is null ? null : WrittenAt(oldest);

    public void Published(string service, OutboxRow row)
    {
        if (WrittenAt(row) is { } written)
        {
            _relayDelay.Record(Math.Max(0, (DateTimeOffset.UtcNow - written).TotalSeconds), new KeyValuePair<string, object?>("service", service));
        }
    }

    private IEnumerable<Measurement<double>> ObserveOldestPending()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var (service, oldest) in _oldestPending)
        {
            yield return new Measurement<double>(oldest is { } at ? Math.Max(0, (now - at).TotalSeconds) : 0, new KeyValuePair<string, object?>("service", service));
        }
    }

    private static DateTimeOffset? WrittenAt(OutboxRow row) =>
        DateTimeOffset.TryParse(row.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
}
