using Corroboration.Scoring.Data;
using Corroboration.Storage;
using Corroboration.Testing;
using Dapper;
using Microsoft.Extensions.Options;

namespace Corroboration.Scoring.Tests;

/// <summary>Migration 5 fills the listing columns of scores stored before it from their incident JSON.</summary>
public sealed class ScoringSchemaTests
{
    [Fact]
    public async Task ScoresStoredBeforeTheListingColumnsGetThemFromTheirJsonOnSqlite()
    {
        using var file = new ScratchSqliteFile();
        await AssertBackfilledAsync("sqlite", file.ConnectionString);
    }

    [PostgresFact]
    public async Task ScoresStoredBeforeTheListingColumnsGetThemFromTheirJsonOnPostgres()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await AssertBackfilledAsync("postgres", database.ConnectionString);
    }

    private static async Task AssertBackfilledAsync(string provider, string connectionString)
    {
        using var db = new DbConnectionFactory(Options.Create(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }));
        await MigrationRunner.ApplyAsync(db, ScoringSchema.Service, [.. ScoringSchema.Migrations.Where(m => m.Version < 5)]);
        await using (var connection = await db.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO scoring_scores (incident_id, version, matching_version, removed, confidence, grade, incident_json, reason, scored_at)
                VALUES ('inc-dated', 1, 1, 0, 0.5, 'weak', '{"id":"inc-dated","reportIds":["a","b","c"],"occurredOn":"2023-10-05","place":"إدلب"}', 'test', ''),
                       ('inc-bare', 1, 1, 0, 0.5, 'weak', '{"id":"inc-bare","reportIds":[]}', 'test', ''),
                       ('inc-gone', 2, 2, 1, 0, 'removed', '{}', 'merged away', '')
                """);
        }

        await MigrationRunner.ApplyAsync(db, ScoringSchema.Service, ScoringSchema.Migrations);

        await using var reading = await db.OpenAsync();
        var rows = (await reading.QueryAsync<(string Id, string OccurredOn, string Place, int ReportCount)>(
            "SELECT incident_id, occurred_on, place, report_count FROM scoring_scores ORDER BY incident_id")).ToList();
        Assert.Equal([("inc-bare", "", "", 0), ("inc-dated", "2023-10-05", "إدلب", 3), ("inc-gone", "", "", 0)], rows);
    }
}
