using System.Data.Common;
using Corroboration.Matching.Data;
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
}
