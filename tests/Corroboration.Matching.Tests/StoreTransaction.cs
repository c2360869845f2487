using System.Data.Common;
using Corroboration.Matching.Data;
using Corroboration.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Matching.Tests;

/// <summary>A write transaction on a new Matching store, for tests of its statements.</summary>
public static class StoreTransaction
{
    /// <summary>Runs <paramref name="body"/> in a write transaction on a new Matching store (SQLite, or the PostgreSQL database given).</summary>
    public static async Task RunAsync(string? postgres, Func<IncidentStore, DbTransaction, Task> body)
    {
        await using var host = await ScaledMatchingHost.StartAsync(concurrency: 1, postgres);
        var store = host.Services.GetRequiredService<IncidentStore>();
        await using var connection = await host.Database.OpenAsync();
        await using var tx = await host.Database.BeginWriteAsync(connection);
        await body(store, tx);
    }

    /// <summary><see cref="RunAsync"/> on the embedded database.</summary>
    public static Task OnSqliteAsync(Func<IncidentStore, DbTransaction, Task> body) => RunAsync(postgres: null, body);

    /// <summary><see cref="RunAsync"/> on a new scratch PostgreSQL database (a <see cref="PostgresFactAttribute"/> test).</summary>
    public static async Task OnPostgresAsync(Func<IncidentStore, DbTransaction, Task> body)
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await RunAsync(scratch.ConnectionString, body);
    }
}
