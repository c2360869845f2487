using System.Data.Common;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Ingest.Data;

/// <summary>Ingest's SQL: reports keyed by the sender's id.</summary>
public sealed class ReportStore(DbConnectionFactory db)
{
    public DbConnectionFactory Database => db;

    private const string Columns = """
        id, version, content_hash AS ContentHash, source, source_type AS SourceType, url,
        published_at AS PublishedAt, language, title, text, claims_json AS ClaimsJson,
        claims_extracted AS ClaimsExtracted, extraction_note AS ExtractionNote, received_at AS ReceivedAt
        """;

    /// <summary>
    /// Inserts the report, or replaces it when its content changed, in one statement so that
    /// concurrent re-sends cannot both win. Returns the new version, or null when nothing changed.
    /// Parameters: a <see cref="ReportRow"/>.
    /// </summary>
    public const string UpsertSql = """
        INSERT INTO ingest_reports (id, version, content_hash, source, source_type, url, published_at,
            language, title, text, claims_json, claims_extracted, extraction_note, received_at)
        VALUES (@Id, 1, @ContentHash, @Source, @SourceType, @Url, @PublishedAt,
            @Language, @Title, @Text, @ClaimsJson, @ClaimsExtracted, @ExtractionNote, @ReceivedAt)
        ON CONFLICT (id) DO UPDATE SET
            version = ingest_reports.version + 1, content_hash = excluded.content_hash,
            source = excluded.source, source_type = excluded.source_type, url = excluded.url,
            published_at = excluded.published_at, language = excluded.language, title = excluded.title,
            text = excluded.text, claims_json = excluded.claims_json,
            claims_extracted = excluded.claims_extracted, extraction_note = excluded.extraction_note,
            received_at = excluded.received_at
        WHERE ingest_reports.content_hash <> excluded.content_hash
        RETURNING version
        """;

    /// <summary>See <see cref="UpsertSql"/>.</summary>
    public Task<long?> UpsertAsync(DbTransaction tx, ReportRow row, CancellationToken cancellationToken) =>
        tx.Connection!.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(UpsertSql, row, tx, cancellationToken: cancellationToken));

    public async Task<ReportRow?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ReportRow>(new CommandDefinition(
            $"SELECT {Columns} FROM ingest_reports WHERE id = @id", new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Whether any report is stored at all.</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
            "SELECT 1 FROM ingest_reports LIMIT 1", cancellationToken: cancellationToken)) is not null;
    }

    /// <summary>The stored content hash and version of a report, so an unchanged re-send costs one lookup.</summary>
    public async Task<(string Hash, long Version)?> FindHashAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ReportRow>(new CommandDefinition(
            "SELECT content_hash AS ContentHash, version FROM ingest_reports WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row is null ? null : (row.ContentHash, row.Version);
    }
}
