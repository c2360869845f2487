using System.Data.Common;
using Corroboration.Core.Matching;
using Corroboration.Matching.Data;
using Corroboration.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// The service's candidate search skips a key that more than
/// <see cref="BlockingKeys.MaxIncidentsPerKey"/> incidents hold, as the batch clusterer does, so
/// that a word every report uses neither floods the candidates nor makes each search read the
/// whole index — on the embedded database and on PostgreSQL; and that candidates agreeing on
/// more kinds of key (day, place, text) come first, however many words the others share.
/// </summary>
public class CandidateSearchTests
{
    private const string Common = "t:killed";
    private const string Place = "p:ariha";

    [Fact]
    public Task AKeyTooManyIncidentsHoldIsSkippedOnSqlite() => StoreTransaction.OnSqliteAsync(AKeyTooManyIncidentsHoldIsSkippedAsync);

    [PostgresFact]
    public Task AKeyTooManyIncidentsHoldIsSkippedOnPostgres() => StoreTransaction.OnPostgresAsync(AKeyTooManyIncidentsHoldIsSkippedAsync);

    private static async Task AKeyTooManyIncidentsHoldIsSkippedAsync(IncidentStore store, DbTransaction tx)
    {
        await IncidentStore.BlockKeys.InsertAsync(tx, [Common, Place], "inc-ariha");
        for (var i = 1; i < BlockingKeys.MaxIncidentsPerKey; i++)
        {
            await IncidentStore.BlockKeys.InsertAsync(tx, [Common], $"inc-{i:D6}");
        }

        var atTheBound = await store.CandidateIdsAsync(tx, [Common], limit: 1000);
        await IncidentStore.BlockKeys.InsertAsync(tx, [Common], "inc-one-more");
        var pastTheBound = await store.CandidateIdsAsync(tx, [Common], limit: 1000);
        var withAPlace = await store.CandidateIdsAsync(tx, [Common, Place], limit: 1000);

        Assert.Equal(BlockingKeys.MaxIncidentsPerKey, atTheBound.Count);
        Assert.Empty(pastTheBound);
        Assert.Equal(["inc-ariha"], withAPlace);
    }

    [Fact]
    public Task MoreKindsOfKeyOutrankMoreKeysOnSqlite() => StoreTransaction.OnSqliteAsync(MoreKindsOfKeyOutrankMoreKeysAsync);

    [PostgresFact]
    public Task MoreKindsOfKeyOutrankMoreKeysOnPostgres() => StoreTransaction.OnPostgresAsync(MoreKindsOfKeyOutrankMoreKeysAsync);

    private static async Task MoreKindsOfKeyOutrankMoreKeysAsync(IncidentStore store, DbTransaction tx)
    {
        string[] words = ["t:airstrike", "t:market", "t:wounded", "t:children", "m:00:ab12"];
        const string day = "d:2022-03-14";
        // Five text keys (a MinHash band is text too): one kind.
        await IncidentStore.BlockKeys.InsertAsync(tx, words, "inc-words");
        // The same day and place, one word: three kinds.
        await IncidentStore.BlockKeys.InsertAsync(tx, [day, Place, words[0]], "inc-day-place-word");
        // The same day, a band and a word: two kinds, as many keys as the one above.
        await IncidentStore.BlockKeys.InsertAsync(tx, [day, words[4], words[1]], "inc-day-text");
        await IncidentStore.BlockKeys.InsertAsync(tx, [Place, "d:2019-01-01"], "inc-elsewhere-in-time");

        var ranked = await store.CandidateIdsAsync(tx, [day, Place, .. words], limit: 10);

        Assert.Equal(["inc-day-place-word", "inc-day-text", "inc-words", "inc-elsewhere-in-time"], ranked);
    }
}
