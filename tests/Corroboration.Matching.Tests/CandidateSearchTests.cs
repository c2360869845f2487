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
    public Task AKeyTooManyIncidentsHoldIsSkippedOnSqlite() => AKeyTooManyIncidentsHoldIsSkippedAsync(postgres: null);

    [PostgresFact]
    public async Task AKeyTooManyIncidentsHoldIsSkippedOnPostgres()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await AKeyTooManyIncidentsHoldIsSkippedAsync(scratch.ConnectionString);
    }

    private static Task AKeyTooManyIncidentsHoldIsSkippedAsync(string? postgres) => StoreTransaction.RunAsync(postgres, async (store, tx) =>
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
    });

    [Fact]
    public Task MoreKindsOfKeyOutrankMoreKeysOnSqlite() => MoreKindsOfKeyOutrankMoreKeysAsync(postgres: null);

    [PostgresFact]
    public async Task MoreKindsOfKeyOutrankMoreKeysOnPostgres()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await MoreKindsOfKeyOutrankMoreKeysAsync(scratch.ConnectionString);
    }

    private static Task MoreKindsOfKeyOutrankMoreKeysAsync(string? postgres) => StoreTransaction.RunAsync(postgres, async (store, tx) =>
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
    });
}
