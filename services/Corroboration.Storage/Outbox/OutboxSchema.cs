namespace Corroboration.Storage.Outbox;

/// <summary>
/// The outbox and inbox tables of one service (<c>{service}_outbox</c>, <c>{service}_inbox</c>),
/// added as a step of that service's own migrations.
/// </summary>
public static class OutboxSchema
{
    public static Migration Migration(int version, string service) => new(
        version,
        "transactional outbox and inbox",
        Sql(service, "id INTEGER PRIMARY KEY"), // SQLite: an alias of the rowid, numbered on insert
        Sql(service, "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));

    /// <summary>
    /// The W3C <c>traceparent</c> of the work that wrote a row, so the relay, publishing later from
    /// a background task, continues that trace instead of starting one of its own.
    /// </summary>
    public static Migration TraceContextMigration(int version, string service) => new(
        version,
        "outbox trace context",
        $"ALTER TABLE {OutboxTable(service)} ADD COLUMN traceparent TEXT");

    public static string OutboxTable(string service) => service + "_outbox";

    public static string InboxTable(string service) => service + "_inbox";

    private static string Sql(string service, string idColumn) => $"""
        CREATE TABLE {OutboxTable(service)} (
            {idColumn},
            message_id TEXT NOT NULL UNIQUE,
            message_type TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sent_at TEXT);
        CREATE INDEX {OutboxTable(service)}_pending ON {OutboxTable(service)} (id) WHERE sent_at IS NULL;
        CREATE INDEX {OutboxTable(service)}_sent ON {OutboxTable(service)} (sent_at) WHERE sent_at IS NOT NULL;
        CREATE TABLE {InboxTable(service)} (
            consumer TEXT NOT NULL,
            message_id TEXT NOT NULL,
            processed_at TEXT NOT NULL,
            PRIMARY KEY (consumer, message_id));
        CREATE INDEX {InboxTable(service)}_processed ON {InboxTable(service)} (processed_at);
        """;
}
