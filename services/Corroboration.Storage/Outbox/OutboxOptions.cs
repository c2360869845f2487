namespace Corroboration.Storage.Outbox;

/// <summary>How the outbox relay works (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Rows claimed and published per round.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How often the relay looks without being woken (rows another replica wrote, or left after a crash).</summary>
    public double PollSeconds { get; set; } = 1;

    /// <summary>
    /// How long the relay waits after being woken before it claims, so that commits landing close
    /// together go out in one round (one claim and one mark instead of one each: on SQLite every
    /// mark is a write that the services' own writers would queue behind).
    /// </summary>
    public double LingerMilliseconds { get; set; } = 20;

    /// <summary>How long one publish may wait for the broker's confirmation before the round fails and is retried.</summary>
    public double PublishTimeoutSeconds { get; set; } = 15;

    /// <summary>The longest wait between retries while the broker is unreachable.</summary>
    public double MaxBackoffSeconds { get; set; } = 30;

    /// <summary>How long a draining shutdown spends publishing what is left before it gives up (the rows stay for the next start).</summary>
    public double DrainSeconds { get; set; } = 10;

    /// <summary>Sent rows and processed message ids older than this are deleted.</summary>
    public double KeepHours { get; set; } = 72;
}
