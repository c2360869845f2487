using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using Corroboration.Testing;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Corroboration.Reliability.Tests;

/// <summary>A message is written with the state change that causes it: both commit or neither does (SQLite, and PostgreSQL when set).</summary>
public sealed class OutboxTransactionTests
{
    [Fact]
    public async Task TheMessageAndTheStateChangeAreRolledBackTogether()
    {
        using (var file = new ScratchSqliteFile())
        {
            await RollsBackTogetherAsync(new DatabaseOptions { Provider = "sqlite", ConnectionString = file.ConnectionString });
        }
        if (ScratchDatabase.Server is not null)
        {
            await using var postgres = await ScratchDatabase.CreateAsync();
            await RollsBackTogetherAsync(new DatabaseOptions { Provider = "postgres", ConnectionString = postgres.ConnectionString });
        }
    }

    private static async Task RollsBackTogetherAsync(DatabaseOptions options)
    {
        using var db = new DbConnectionFactory(Options.Create(options));
        await MigrationRunner.ApplyAsync(db, ProbeService.Name, ProbeService.Migrations);
        var outbox = new Outbox(ProbeService.Name, db);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => db.WriteAsync<int>([], async tx =>
        {
            await tx.Connection!.ExecuteAsync("INSERT INTO probe_state (number) VALUES (1)", transaction: tx);
            await outbox.AddAsync(tx, new Probe(1));
            throw new InvalidOperationException("the change fails after both writes");
        }, NullLogger.Instance, CancellationToken.None));
        Assert.Equal("the change fails after both writes", failure.Message);
        Assert.Equal((0L, 0L), await CountsAsync(db, outbox));

        await db.WriteAsync([], async tx =>
        {
            await tx.Connection!.ExecuteAsync("INSERT INTO probe_state (number) VALUES (2)", transaction: tx);
            return await outbox.AddAsync(tx, new Probe(2));
        }, NullLogger.Instance, CancellationToken.None);
        Assert.Equal((1L, 1L), await CountsAsync(db, outbox));
    }

    private static async Task<(long State, long Pending)> CountsAsync(DbConnectionFactory db, Outbox outbox)
    {
        await using var connection = await db.OpenAsync();
        return (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM probe_state"), await outbox.PendingAsync());
    }
}
