namespace Corroboration.Storage.Outbox;

/// <summary>A message waiting in the outbox: its body is the bus's own JSON of <see cref="MessageType"/>.</summary>
public sealed class OutboxRow
{
    public long Id { get; init; }

    public required string MessageId { get; init; }

    public required string MessageType { get; init; }

    public required string Body { get; init; }

    /// <summary>When it was written (ISO 8601), for the relay's delay.</summary>
    public string? CreatedAt { get; init; }

    /// <summary>The W3C trace context it was written in, or null outside any trace.</summary>
    public string? TraceParent { get; init; }
}
