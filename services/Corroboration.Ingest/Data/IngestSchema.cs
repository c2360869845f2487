using Corroboration.Storage;
using Corroboration.Storage.Outbox;

namespace Corroboration.Ingest.Data;

/// <summary>Ingest's tables: the reports, with the claims the suite works with as JSON.</summary>
public static class IngestSchema
{
    /// <summary>The service's name: its migrations, its outbox and inbox tables.</summary>
    public const string Service = "ingest";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "reports", """
            CREATE TABLE ingest_reports (
                id TEXT PRIMARY KEY,
                version BIGINT NOT NULL,
                content_hash TEXT NOT NULL,
                source TEXT NOT NULL,
                source_type TEXT NOT NULL,
                url TEXT,
                published_at TEXT,
                language TEXT NOT NULL,
                title TEXT,
                text TEXT NOT NULL,
                claims_json TEXT NOT NULL,
                claims_extracted INTEGER NOT NULL,
                received_at TEXT NOT NULL)
            """),
        // Why extraction gave no claims ("no incident details", "extraction failed"); null otherwise.
        new(2, "report extraction note", "ALTER TABLE ingest_reports ADD COLUMN extraction_note TEXT"),
        OutboxSchema.Migration(3, Service),
        OutboxSchema.TraceContextMigration(4, Service),
    ];
}
