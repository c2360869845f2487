namespace Corroboration.Storage.Outbox;

/// <summary>A message waiting in the outbox: its body is the bus's own JSON of <see cref="MessageType"/>.</summary>
public sealed class OutboxRow
{
    public long Id { get; init; }

    public required string MessageId { get; init; }

    public required string MessageType { get; init; }

    public required string Body { get; init; }
}
