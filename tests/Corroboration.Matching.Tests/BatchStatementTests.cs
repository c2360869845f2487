using System.Data.Common;
using Corroboration.Matching.Data;
using Corroboration.Matching.Linking;
using Corroboration.Storage.Outbox;
using Corroboration.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// The statements a linking batch runs once for all its reports, on the embedded database and on
/// PostgreSQL: recording its messages in the inbox (a message it names twice, or one recorded
/// before, is not a first delivery), recording the report versions it linked (new reports added,
/// known ones given the new version), and finding which of its claims have constraints (on either
/// side of one), so that only those claims' constraints are read.
/// </summary>
public class BatchStatementTests
{
    [Fact]
    public Task ABatchRecordsEachMessageOnceOnSqlite() => StoreTransaction.OnSqliteAsync(ABatchRecordsEachMessageOnceAsync);

    [PostgresFact]
    public Task ABatchRecordsEachMessageOnceOnPostgres() => StoreTransaction.OnPostgresAsync(ABatchRecordsEachMessageOnceAsync);

    private static async Task ABatchRecordsEachMessageOnceAsync(IncidentStore _, DbTransaction tx)
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
    }

    [Fact]
    public Task ABatchRecordsItsVersionsTogetherOnSqlite() => StoreTransaction.OnSqliteAsync(ABatchRecordsItsVersionsTogetherAsync);

    [PostgresFact]
    public Task ABatchRecordsItsVersionsTogetherOnPostgres() => StoreTransaction.OnPostgresAsync(ABatchRecordsItsVersionsTogetherAsync);

    private static async Task ABatchRecordsItsVersionsTogetherAsync(IncidentStore store, DbTransaction tx)
    {
        await store.SetReportVersionsAsync(tx, new Dictionary<string, long> { ["b"] = 1, ["a"] = 3 });
        await store.SetReportVersionsAsync(tx, new Dictionary<string, long> { ["a"] = 4, ["c"] = 2 });
        await store.SetReportVersionsAsync(tx, new Dictionary<string, long>());

        var versions = await store.ReportVersionsAsync(tx, ["a", "b", "c", "never-linked"]);
        Assert.Equal(new Dictionary<string, long> { ["a"] = 4, ["b"] = 1, ["c"] = 2 }, versions);
    }

    [Fact]
    public Task ClaimsOnEitherSideOfAConstraintAreFoundOnSqlite() => StoreTransaction.OnSqliteAsync(ClaimsOnEitherSideOfAConstraintAreFoundAsync);

    [PostgresFact]
    public Task ClaimsOnEitherSideOfAConstraintAreFoundOnPostgres() => StoreTransaction.OnPostgresAsync(ClaimsOnEitherSideOfAConstraintAreFoundAsync);

    private static async Task ClaimsOnEitherSideOfAConstraintAreFoundAsync(IncidentStore store, DbTransaction tx)
    {
        var constraints = new ConstraintStore(store.Database);
        await constraints.InsertAsync(tx, Row("con-1", ConstraintKinds.MustLink, ("a", 0), ("b", 1)));
        await constraints.InsertAsync(tx, Row("con-2", ConstraintKinds.CannotLink, ("a", 1), ("c", 2)));

        Assert.Equal(new HashSet<(string, int)> { ("b", 1), ("c", 2) }, await constraints.ConstrainedClaimsAsync(tx, ["b", "c", "c"]));
        Assert.Equal(new HashSet<(string, int)> { ("a", 0), ("a", 1) }, await constraints.ConstrainedClaimsAsync(tx, ["a", "z"]));
        Assert.Empty(await constraints.ConstrainedClaimsAsync(tx, ["z"]));
        Assert.Empty(await constraints.ConstrainedClaimsAsync(tx, []));
    }

    private static ConstraintRow Row(string id, string kind, (string Report, int Claim) a, (string Report, int Claim) b) => new()
    {
        Id = id, Kind = kind, ReportA = a.Report, ClaimA = a.Claim, ReportB = b.Report, ClaimB = b.Claim,
        Analyst = "test", Reason = "test", CreatedAt = "2026-11-29T00:00:00Z",
    };
}
