using System.Data.Common;
using Dapper;

namespace Corroboration.Storage;

/// <summary>
/// Index rows of one owner — (key, owner) pairs such as an incident's blocking keys — in one table.
/// An owner's keys go in one statement, as a list parameter (<see cref="OwnerSql"/>): on
/// PostgreSQL every statement is a round trip that a linker holding locks waits for, and on SQLite
/// a statement run per key cost a batch more than the rows it wrote (1.4 million keys at 200,000 reports).
/// </summary>
/// <param name="Table">The table, then its key and owner columns: the code's own names, never input.</param>
/// <param name="IgnoreDuplicates">Skip a pair already there (ON CONFLICT DO NOTHING) instead of failing.</param>
public sealed record KeyRows(string Table, string KeyColumn, string OwnerColumn, bool IgnoreDuplicates = false)
{
    private string Conflict => IgnoreDuplicates ? " ON CONFLICT DO NOTHING" : "";

    /// <summary>
    /// All of an owner's keys, in their order: parameters <c>@keys</c> (the dialect's
    /// <see cref="SqlDialectExtensions.ListValue"/> of distinct keys) and <c>@owner</c>.
    /// </summary>
    // "WHERE true": SQLite would read the ON of ON CONFLICT as a join's without it.
    public string OwnerSql(SqlDialect dialect) =>
        $"INSERT INTO {Table} ({KeyColumn}, {OwnerColumn}) SELECT k, @owner FROM ({dialect.ListTable("@keys")}) AS listed WHERE true{Conflict}";

    /// <summary>
    /// Deletes the owner's rows whose key is not in <paramref name="keep"/> and returns those keys
    /// (<see cref="ReplaceAllAsync"/> for one owner, for a caller with something to do before it inserts).
    /// </summary>
    public async Task<List<string>> DeleteAllButAsync(DbTransaction tx, IReadOnlyCollection<string> keep, string owner)
    {
        EnsureReplaceable();
        var dialect = tx.Dialect();
        return (await tx.Connection!.QueryAsync<string>(
            $"DELETE FROM {Table} WHERE {OwnerColumn} = @owner AND NOT ({dialect.InList(KeyColumn, "@keep")}) RETURNING {KeyColumn}",
            new { keep = keep.ToArray(), owner }, tx)).ToList();
    }

    /// <summary>
    /// Replaces each owner's keys, in two statements for them all: an owner's rows whose key is not
    /// among its new ones go, then the new pairs go in. The rows of keys an owner keeps are left as
    /// they are: owners are rewritten often with mostly the same keys, and rewriting those rows would
    /// leave dead ones behind in the table and its indexes for every later lookup to step over.
    /// </summary>
    public async Task ReplaceAllAsync(DbTransaction tx, IReadOnlyDictionary<string, List<string>> keysByOwner)
    {
        EnsureReplaceable();
        if (keysByOwner.Count == 0)
        {
            return;
        }
        var dialect = tx.Dialect();
        var pairs = keysByOwner.SelectMany(owner => owner.Value.Distinct(StringComparer.Ordinal).Select(key => (Key: key, Owner: owner.Key))).ToList();
        var listed = new ListedRows<(string Key, string Owner)>(dialect,
            ListedColumn<(string Key, string Owner)>.Text(KeyColumn, p => p.Key), ListedColumn<(string Key, string Owner)>.Text(OwnerColumn, p => p.Owner));
        var parameters = listed.Parameters(pairs);
        parameters.Add("owners", keysByOwner.Keys.ToArray());
        await tx.Connection!.ExecuteAsync($"""
            DELETE FROM {Table} WHERE {dialect.InList(OwnerColumn, "@owners")}
                AND ({KeyColumn}, {OwnerColumn}) NOT IN (SELECT {KeyColumn}, {OwnerColumn} FROM ({listed.Sql}) AS kept)
            """, parameters, tx);
        if (pairs.Count > 0)
        {
            await tx.Connection!.ExecuteAsync(listed.InsertSql(Table, Conflict), parameters, tx);
        }
    }

    private void EnsureReplaceable()
    {
        if (!IgnoreDuplicates)
        {
            throw new InvalidOperationException($"{Table}: replacing keys inserts the kept ones again, so duplicates must be ignored");
        }
    }

    public Task InsertAsync(DbTransaction tx, IEnumerable<string> keys, string owner)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return Task.CompletedTask;
        }
        var dialect = tx.Dialect();
        return tx.Connection!.ExecuteAsync(OwnerSql(dialect), new { keys = dialect.ListValue(distinct), owner }, tx);
    }
}
