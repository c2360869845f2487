using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Storage.Outbox;
using Corroboration.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// A linking batch records its messages in the inbox in one statement: a message it names twice,
/// or one recorded before, is not a first delivery — on the embedded database and on PostgreSQL.
/// </summary>
public class InboxTests
{
    [Fact]
    public Task ABatchRecordsEachMessageOnceOnSqlite() => ABatchRecordsEachMessageOnceAsync(postgres: null);

    [PostgresFact]
    public async Task ABatchRecordsEachMessageOnceOnPostgres()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await ABatchRecordsEachMessageOnceAsync(scratch.ConnectionString);
    }

    private static Task ABatchRecordsEachMessageOnceAsync(string? postgres) => StoreTransaction.RunAsync(postgres, async (_, tx) =>
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var first = await Inbox.FirstDeliveriesAsync(tx, MatchingSchema.Service, IncidentLinker.Consumer, [a, b, a]);
        var second = await Inbox.FirstDeliveriesAsync(tx, MatchingSchema.Service, IncidentLinker.Consumer, [b, c]);

        Assert.Equal(new[] { a, b }.Order(), first.Order());
        Assert.Equal([c], second);
        Assert.False(await Inbox.FirstDeliveryAsync(tx, MatchingSchema.Service, IncidentLinker.Consumer, a));
        Assert.True(await Inbox.FirstDeliveryAsync(tx, MatchingSchema.Service, IncidentLinker.Consumer, null));
        // Another consumer's inbox is its own.
        Assert.True(await Inbox.FirstDeliveryAsync(tx, MatchingSchema.Service, "another-consumer", a));
    });
}
