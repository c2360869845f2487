using Corroboration.Matching.Data;
using Corroboration.Testing;

namespace Corroboration.Matching.Tests;

/// <summary>
/// A linking batch looks up once which of its reports' claims have constraints, on either side of
/// one, and reads the constraints of those alone — on the embedded database and on PostgreSQL.
/// </summary>
public class ConstrainedClaimsTests
{
    [Fact]
    public Task ClaimsOnEitherSideOfAConstraintAreFoundOnSqlite() => ClaimsOnEitherSideOfAConstraintAreFoundAsync(postgres: null);

    [PostgresFact]
    public async Task ClaimsOnEitherSideOfAConstraintAreFoundOnPostgres()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await ClaimsOnEitherSideOfAConstraintAreFoundAsync(scratch.ConnectionString);
    }

    private static Task ClaimsOnEitherSideOfAConstraintAreFoundAsync(string? postgres) => StoreTransaction.RunAsync(postgres, async (store, tx) =>
    {
        var constraints = new ConstraintStore(store.Database);
        await constraints.InsertAsync(tx, Row("con-1", ConstraintKinds.MustLink, ("a", 0), ("b", 1)));
        await constraints.InsertAsync(tx, Row("con-2", ConstraintKinds.CannotLink, ("a", 1), ("c", 2)));

        Assert.Equal(new HashSet<(string, int)> { ("b", 1), ("c", 2) }, await constraints.ConstrainedClaimsAsync(tx, ["b", "c", "c"]));
        Assert.Equal(new HashSet<(string, int)> { ("a", 0), ("a", 1) }, await constraints.ConstrainedClaimsAsync(tx, ["a", "z"]));
        Assert.Empty(await constraints.ConstrainedClaimsAsync(tx, ["z"]));
        Assert.Empty(await constraints.ConstrainedClaimsAsync(tx, []));
    });

    private static ConstraintRow Row(string id, string kind, (string Report, int Claim) a, (string Report, int Claim) b) => new()
    {
        Id = id, Kind = kind, ReportA = a.Report, ClaimA = a.Claim, ReportB = b.Report, ClaimB = b.Claim,
        Analyst = "test", Reason = "test", CreatedAt = "2026-11-29T00:00:00Z",
    };
}
