using System.Data.Common;
using Corroboration.Matching.Data;
using Corroboration.Testing;
using Dapper;

namespace Corroboration.Matching.Tests;

/// <summary>
/// Rewriting an incident leaves its blocking index holding exactly the incident's new keys, and on
/// PostgreSQL leaves the rows of the keys it kept untouched: an incident is rewritten after every
/// claim it gains, and rewriting every key each time would leave the index full of dead rows that
/// each candidate search steps over.
/// </summary>
public class BlockKeyRewriteTests
{
    private const string Incident = "inc-000001";

    [Fact]
    public Task ARewriteKeepsExactlyTheNewKeysOnSqlite() => StoreTransaction.OnSqliteAsync(ARewriteKeepsExactlyTheNewKeysAsync);

    [PostgresFact]
    public Task ARewriteKeepsExactlyTheNewKeysOnPostgres() => StoreTransaction.OnPostgresAsync(ARewriteKeepsExactlyTheNewKeysAsync);

    [PostgresFact]
    public Task AKeptKeysRowIsNotRewrittenOnPostgres() => StoreTransaction.OnPostgresAsync(async (store, tx) =>
    {
        await store.SaveIncidentAsync(tx, Row(), ["p:ariha", "d:2023-10-05"]);
        var before = await RowLocationAsync(tx, "p:ariha");
        await store.SaveIncidentAsync(tx, Row(), ["p:ariha", "d:2023-10-06"]);

        Assert.Equal(before, await RowLocationAsync(tx, "p:ariha"));
    });

    private static async Task ARewriteKeepsExactlyTheNewKeysAsync(IncidentStore store, DbTransaction tx)
    {
        await store.SaveIncidentAsync(tx, Row(), ["p:ariha", "d:2023-10-05", "t:market"]);
        await store.SaveIncidentAsync(tx, Row(), ["p:ariha", "d:2023-10-06", "t:market", "t:strike"]);
        var rewritten = await KeysAsync(tx);
        await store.SaveIncidentAsync(tx, Row(), []);

        Assert.Equal(["d:2023-10-06", "p:ariha", "t:market", "t:strike"], rewritten);
        Assert.Empty(await KeysAsync(tx));
    }

    private static IncidentRow Row() => new() { Id = Incident, ProfileJson = "{}", MemberCount = 1, UpdatedAt = DateTimeOffset.UtcNow.ToString("O") };

    private static async Task<List<string>> KeysAsync(System.Data.Common.DbTransaction tx) =>
        (await tx.Connection!.QueryAsync<string>(
            "SELECT block_key FROM matching_block_keys WHERE incident_id = @Incident ORDER BY block_key", new { Incident }, tx)).ToList();

    /// <summary>Where PostgreSQL holds the row: a rewritten row moves, as an update leaves the old one dead.</summary>
    private static Task<string> RowLocationAsync(System.Data.Common.DbTransaction tx, string key) =>
        tx.Connection!.QuerySingleAsync<string>(
            "SELECT ctid::text FROM matching_block_keys WHERE incident_id = @Incident AND block_key = @key", new { Incident, key }, tx);
}
