using System.Data.Common;
using Dapper;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// The message ids each consumer of a service has processed, recorded in the consumer's own
/// transaction: if the transaction commits, the id is taken, so a redelivered message (the broker
/// lost the ack, a relay published it again) finds its id and changes nothing.
/// </summary>
public static class Inbox
{
    /// <summary>
    /// Records <paramref name="messageId"/> for <paramref name="consumer"/> in <paramref name="tx"/>;
    /// false when it was processed before. A message without an id is always new. On PostgreSQL a
    /// concurrent delivery of the same id waits here for the first transaction and then sees it.
    /// </summary>
    public static async Task<bool> FirstDeliveryAsync(DbTransaction tx, string service, string consumer, Guid? messageId)
    {
        if (messageId is null)
        {
            return true;
        }
        var inserted = await tx.Connection!.ExecuteAsync($"""
            INSERT INTO {OutboxSchema.InboxTable(service)} (consumer, message_id, processed_at) VALUES (@consumer, @messageId, @now)
            ON CONFLICT (consumer, message_id) DO NOTHING
            """, new { consumer, messageId = messageId.Value.ToString(), now = DateTimeOffset.UtcNow.ToString("O") }, tx);
        return inserted == 1;
    }
}
