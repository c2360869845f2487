using System.Data.Common;
using Corroboration.Storage;
using Corroboration.Storage.Bulk;
using Dapper;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// A batch's rows of one <see cref="KeyRows"/> table, gathered in a temporary table as owners
/// come and written into the table once, in its primary key's order (key, then owner). Owners
/// arrive in id order and their keys in no order, so each row written as it came went to a random
/// place in the key index: at 200,000 reports the 1.4 million blocking keys took more than a third
/// of storing. In order, each goes next to the one before; the table's other indexes are dropped
/// meanwhile and built again after, which sorts them once instead of inserting into them row by row.
/// </summary>
public sealed class SortedKeyLoad : IDisposable
{
    private readonly DbTransaction _transaction;
    private readonly KeyRows _target;
    private readonly KeyRows _staged;
    private readonly PreparedCommand _add;

    public SortedKeyLoad(DbTransaction transaction, KeyRows target)
    {
        (_transaction, _target) = (transaction, target);
        // In SQLite's temporary database, not in the file being built.
        _staged = new KeyRows("temp.staged_" + target.Table, "key", "owner");
        transaction.Connection!.Execute($"CREATE TABLE {_staged.Table} (key TEXT NOT NULL, owner TEXT NOT NULL)", transaction: transaction);
        _add = new PreparedCommand(transaction, _staged.OwnerSql(SqlDialect.Sqlite));
    }

    /// <summary>An owner's keys, distinct.</summary>
    public void Add(IReadOnlyList<string> keys, string owner)
    {
        if (keys.Count > 0)
        {
            _add.Execute(new { keys = SqlDialect.Sqlite.ListValue(keys), owner });
        }
    }

    /// <summary>Writes every row gathered into the table, in key order, with its indexes built again after.</summary>
    public void Load()
    {
        var connection = _transaction.Connection!;
        var (table, key, owner) = (_target.Table, _target.KeyColumn, _target.OwnerColumn);
        // The indexes the migrations made (the primary key's has no SQL of its own and stays).
        var indexes = connection.Query<(string Name, string Sql)>(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL",
            new { table }, _transaction).ToList();
        foreach (var (name, _) in indexes)
        {
            connection.Execute($"DROP INDEX \"{name}\"", transaction: _transaction);
        }
        connection.Execute(
            $"INSERT INTO {table} ({key}, {owner}) SELECT key, owner FROM {_staged.Table} ORDER BY key, owner",
            transaction: _transaction);
        foreach (var (_, sql) in indexes)
        {
            connection.Execute(sql, transaction: _transaction);
        }
        connection.Execute($"DELETE FROM {_staged.Table}", transaction: _transaction);
    }

    public void Dispose() => _add.Dispose();
}
