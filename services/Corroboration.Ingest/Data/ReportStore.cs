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

    private const string RowColumns = """
        id, version, content_hash, source, source_type, url, published_at,
            language, title, text, claims_json, claims_extracted, extraction_note, received_at
        """;

    // A re-send whose content is the same changes nothing: the row keeps its version and nothing is returned.
    private const string ReplaceChanged = """
        ON CONFLICT (id) DO UPDATE SET
            version = ingest_reports.version + 1, content_hash = excluded.content_hash,
            source = excluded.source, source_type = excluded.source_type, url = excluded.url,
            published_at = excluded.published_at, language = excluded.language, title = excluded.title,
            text = excluded.text, claims_json = excluded.claims_json,
            claims_extracted = excluded.claims_extracted, extraction_note = excluded.extraction_note,
            received_at = excluded.received_at
        WHERE ingest_reports.content_hash <> excluded.content_hash
        """;

    /// <summary>
    /// Inserts the report, or replaces it when its content changed, in one statement so that
    /// concurrent re-sends cannot both win. Returns the new version, or null when nothing changed.
    /// Parameters: a <see cref="ReportRow"/>.
    /// </summary>
    public const string UpsertSql = $"""
        INSERT INTO ingest_reports ({RowColumns})
        VALUES (@Id, 1, @ContentHash, @Source, @SourceType, @Url, @PublishedAt,
            @Language, @Title, @Text, @ClaimsJson, @ClaimsExtracted, @ExtractionNote, @ReceivedAt)
        {ReplaceChanged}
        RETURNING version
        """;

    /// <summary>
    /// <see cref="UpsertSql"/> for many reports (distinct ids) in one statement: the new version of
    /// each report stored or replaced; a report whose content had not changed is not among them.
    /// </summary>
    public async Task<Dictionary<string, long>> UpsertAllAsync(DbTransaction tx, IReadOnlyCollection<ReportRow> rows)
    {
        var listed = new ListedRows<ReportRow>(tx.Dialect(), Listed);
        var stored = await tx.Connection!.QueryAsync<(string Id, long Version)>(
            listed.InsertSql("ingest_reports", ReplaceChanged + " RETURNING id, version"), listed.Parameters(rows), tx);
        return stored.ToDictionary(r => r.Id, r => r.Version, StringComparer.Ordinal);
    }

    private static readonly ListedColumn<ReportRow>[] Listed =
    [
        ListedColumn<ReportRow>.Text("id", r => r.Id), ListedColumn<ReportRow>.Integer("version", _ => 1),
        ListedColumn<ReportRow>.Text("content_hash", r => r.ContentHash), ListedColumn<ReportRow>.Text("source", r => r.Source),
        ListedColumn<ReportRow>.Text("source_type", r => r.SourceType), ListedColumn<ReportRow>.Text("url", r => r.Url),
        ListedColumn<ReportRow>.Text("published_at", r => r.PublishedAt), ListedColumn<ReportRow>.Text("language", r => r.Language),
        ListedColumn<ReportRow>.Text("title", r => r.Title), ListedColumn<ReportRow>.Text("text", r => r.Text),
        ListedColumn<ReportRow>.Text("claims_json", r => r.ClaimsJson), ListedColumn<ReportRow>.Integer("claims_extracted", r => r.ClaimsExtracted),
        ListedColumn<ReportRow>.Text("extraction_note", r => r.ExtractionNote), ListedColumn<ReportRow>.Text("received_at", r => r.ReceivedAt),
    ];

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

    /// <summary>The stored content hash and version of the reports stored, so that unchanged re-sends cost one lookup.</summary>
    public async Task<Dictionary<string, (string Hash, long Version)>> FindHashesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            $"SELECT id, content_hash AS ContentHash, version FROM ingest_reports WHERE {db.Dialect.InList("id", "@ids")}", new { ids = ids.ToArray() },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => (r.ContentHash, r.Version), StringComparer.Ordinal);
    }
}
