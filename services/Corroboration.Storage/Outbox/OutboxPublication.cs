using System.Text.Json;
using MassTransit.Serialization;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// A message the relay publishes, with its id, trace and any headers of its own, and the rows it
/// stands for (one, unless an outbox combines rows).
/// </summary>
public sealed record OutboxPublication(
    object Message, Type MessageType, Guid MessageId, string? TraceParent, IReadOnlyList<OutboxRow> Rows, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>A row's own message, under its own id.</summary>
    public static OutboxPublication Of(OutboxRow row)
    {
        var type = Outbox.MessageTypeOf(row);
        return new(JsonSerializer.Deserialize(row.Body, type, SystemTextJsonMessageSerializer.Options)!, type, Guid.Parse(row.MessageId), row.TraceParent, [row]);
    }
}
