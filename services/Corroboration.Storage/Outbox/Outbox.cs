using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Dapper;
using MassTransit;
using MassTransit.Serialization;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// One service's transactional outbox: a message is written in the same transaction as the state
/// change that causes it, so both happen or neither does, and <see cref="OutboxRelay"/> publishes
/// it after the commit. Each row carries the message id it is published with, so a consumer can
/// tell a re-publication (after a crash between publishing and marking) from a new message.
/// All SQL of the outbox table is here.
/// </summary>
/// <param name="ordered">Publish the rows one after another, each confirmed before the next
/// starts, so that they reach the broker in the order they were written (see <see cref="Ordered"/>).</param>
/// <param name="combine">What to publish for a round's rows, in order, if not each row's own
/// message: e.g. consecutive rows as one message.</param>
public sealed class Outbox(string service, DbConnectionFactory db, bool ordered = false, Func<IReadOnlyList<OutboxRow>, IEnumerable<OutboxPublication>>? combine = null)
{
    private readonly string _table = OutboxSchema.OutboxTable(service);
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public string Service => service;

    /// <summary>
    /// Whether the relay keeps the rows' order on the way to the broker. Rows published together
    /// may otherwise overtake each other; that is harmless where consumers ignore older versions,
    /// not where the order is the meaning: Matching links reports in the order they arrive.
    /// </summary>
    public bool Ordered => ordered;

    public DbConnectionFactory Database => db;

    /// <summary>What the relay publishes for <paramref name="rows"/>, claimed in order.</summary>
    public IEnumerable<OutboxPublication> Publications(IReadOnlyList<OutboxRow> rows) => combine?.Invoke(rows) ?? rows.Select(OutboxPublication.Of);

    /// <summary>
    /// Writes <paramref name="message"/> in <paramref name="tx"/>, with a trace context for the relay
    /// to continue (<paramref name="traceParent"/>, or else the current one); call <see cref="Wake"/> once it commits.
    /// </summary>
    /// <returns>The message id it will be published with.</returns>
    public async Task<Guid> AddAsync<T>(DbTransaction tx, T message, string? traceParent = null)
        where T : class =>
        (await AddAllAsync(tx, [(message, traceParent)]))[0];

    /// <summary>
    /// Writes the messages in one statement, to be published in their order, each as
    /// <see cref="AddAsync"/> writes one.
    /// </summary>
    /// <returns>The message ids they will be published with.</returns>
    public async Task<List<Guid>> AddAllAsync<T>(DbTransaction tx, IReadOnlyList<(T Message, string? TraceParent)> messages)
        where T : class
    {
        var (messageType, createdAt) = (TypeName(typeof(T)), Now());
        var rows = messages.Select(m => new Pending(NewId.NextGuid(), JsonSerializer.Serialize(m.Message, SystemTextJsonMessageSerializer.Options),
            m.TraceParent ?? OutboxTracing.CurrentTraceParent())).ToList();
        if (rows.Count > 0)
        {
            var listed = new ListedRows<Pending>(tx.Dialect(), PendingColumns);
            var parameters = listed.Parameters(rows);
            parameters.AddDynamicParams(new { messageType, createdAt });
            await tx.Connection!.ExecuteAsync($"""
                INSERT INTO {_table} (message_id, message_type, body, created_at, traceparent)
                SELECT message_id, @messageType, body, @createdAt, traceparent FROM ({listed.Sql}) AS pending
                """, parameters, tx);
        }
        return rows.Select(r => r.MessageId).ToList();
    }

    private sealed record Pending(Guid MessageId, string Body, string? TraceParent);

    private static readonly ListedColumn<Pending>[] PendingColumns =
    [
        ListedColumn<Pending>.Text("message_id", p => p.MessageId.ToString()), ListedColumn<Pending>.Text("body", p => p.Body),
        ListedColumn<Pending>.Text("traceparent", p => p.TraceParent),
    ];

    /// <summary>Tells the relay there is something to publish, instead of leaving it to its next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Waits for <see cref="Wake"/>, or at most <paramref name="timeout"/>; true when woken.</summary>
    public async Task<bool> WaitForWorkAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(timer.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // the poll interval passed
        }
    }

    /// <summary>Messages written and not yet published.</summary>
    public async Task<long> PendingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM {_table} WHERE sent_at IS NULL", cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The oldest unsent rows, in order. On PostgreSQL they are row-locked in <paramref name="tx"/>
    /// and rows another relay holds are skipped, so replicas relaying one table never publish the
    /// same row at once; SQLite has one process, whose relay reads without a transaction.
    /// </summary>
    public async Task<List<OutboxRow>> ClaimAsync(DbConnection connection, DbTransaction? tx, int limit, CancellationToken cancellationToken)
    {
        var skipLocked = db.Dialect == SqlDialect.Postgres ? "FOR UPDATE SKIP LOCKED" : "";
        return (await connection.QueryAsync<OutboxRow>(new CommandDefinition($"""
            SELECT id, message_id AS MessageId, message_type AS MessageType, body, created_at AS CreatedAt, traceparent AS TraceParent
            FROM {_table} WHERE sent_at IS NULL ORDER BY id LIMIT @limit {skipLocked}
            """, new { limit }, tx, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>Marks rows sent; their bodies go at once (the row stays a while, for the record, as id, type and time).</summary>
    public Task MarkSentAsync(DbConnection connection, DbTransaction? tx, IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {_table} SET sent_at = @now, body = '' WHERE {db.Dialect.InList("id", "@ids")}", new { now = Now(), ids = ids.ToArray() }, tx, cancellationToken: cancellationToken));

    /// <summary>Deletes sent rows and processed message ids older than <paramref name="age"/>.</summary>
    public async Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        var before = DateTimeOffset.UtcNow.Subtract(age).ToString("O");
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition($"""
            DELETE FROM {_table} WHERE sent_at IS NOT NULL AND sent_at < @before;
            DELETE FROM {OutboxSchema.InboxTable(service)} WHERE processed_at < @before
            """, new { before }, cancellationToken: cancellationToken));
    }

    /// <summary>The message type a row was written with (full name and assembly, without version, so it survives upgrades).</summary>
    public static Type MessageTypeOf(OutboxRow row) => Type.GetType(row.MessageType, throwOnError: true)!;

    private static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    private static string Now() => DateTimeOffset.UtcNow.ToString("O");
}
