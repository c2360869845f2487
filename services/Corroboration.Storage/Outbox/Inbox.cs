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
    public static async Task<bool> FirstDeliveryAsync(DbTransaction tx, string service, string consumer, Guid? messageId) =>
        messageId is not { } id || (await FirstDeliveriesAsync(tx, service, consumer, [id])).Count == 1;

    /// <summary>
    /// <see cref="FirstDeliveryAsync"/> for a batch of messages in one statement: the ids among
    /// <paramref name="messageIds"/> recorded now, not before. Ids are recorded in order, so that
    /// two batches sharing some cannot wait for each other the wrong way round.
    /// </summary>
    public static async Task<HashSet<Guid>> FirstDeliveriesAsync(DbTransaction tx, string service, string consumer, IEnumerable<Guid> messageIds)
    {
        var ids = messageIds.Select(id => id.ToString()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var dialect = tx.Dialect();
        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join.
        var inserted = await tx.Connection!.QueryAsync<string>($"""
            INSERT INTO {OutboxSchema.InboxTable(service)} (consumer, message_id, processed_at)
            SELECT @consumer, k, @now FROM ({dialect.ListTable("@ids")}) AS listed WHERE true ORDER BY k
            ON CONFLICT (consumer, message_id) DO NOTHING
            RETURNING message_id
            """, new { consumer, ids = dialect.ListValue(ids), now = DateTimeOffset.UtcNow.ToString("O") }, tx);
        return inserted.Select(Guid.Parse).ToHashSet();
    }
}
