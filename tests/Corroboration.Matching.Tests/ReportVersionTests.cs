using Corroboration.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// A linking batch records the report versions it linked in one statement: new reports are added,
/// known ones take the version given — on the embedded database and on PostgreSQL.
/// </summary>
public class ReportVersionTests
{
    [Fact]
    public Task ABatchRecordsItsVersionsTogetherOnSqlite() => ABatchRecordsItsVersionsTogetherAsync(postgres: null);

    [PostgresFact]
    public async Task ABatchRecordsItsVersionsTogetherOnPostgres()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await ABatchRecordsItsVersionsTogetherAsync(scratch.ConnectionString);
    }

    private static Task ABatchRecordsItsVersionsTogetherAsync(string? postgres) => StoreTransaction.RunAsync(postgres, async (store, tx) =>
    {
        await store.SetReportVersionsAsync(tx, new Dictionary<string, long> { ["b"] = 1, ["a"] = 3 });
        await store.SetReportVersionsAsync(tx, new Dictionary<string, long> { ["a"] = 4, ["c"] = 2 });
        await store.SetReportVersionsAsync(tx, new Dictionary<string, long>());

        var versions = await store.ReportVersionsAsync(tx, ["a", "b", "c", "never-linked"]);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 4, ["b"] = 1, ["c"] = 2 }, versions);
    });
}
