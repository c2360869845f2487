using System.Data.Common;
using Dapper;
using Npgsql;

namespace Corroboration.Storage;

/// <summary>
/// Index rows of one owner — (key, owner) pairs such as an incident's blocking keys — written in
/// one statement on PostgreSQL, where every statement is a round trip that a linker holding locks
/// waits for: the keys go as one array parameter and are unnested. SQLite, in process, takes them
/// row by row.
/// </summary>
public static class KeyRows
{
    /// <param name="table">The table, then its key and owner columns: the code's own names, never input.</param>
    /// <param name="ignoreDuplicates">Skip a pair already there (ON CONFLICT DO NOTHING) instead of failing.</param>
    public static Task InsertAsync(
        DbTransaction tx, string table, string keyColumn, string ownerColumn, IEnumerable<string> keys, string owner, bool ignoreDuplicates = false)
    {
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var conflict = ignoreDuplicates ? " ON CONFLICT DO NOTHING" : "";
        if (distinct.Length == 0)
        {
            return Task.CompletedTask;
        }
        return tx.Connection is NpgsqlConnection
            ? tx.Connection.ExecuteAsync(
                $"INSERT INTO {table} ({keyColumn}, {ownerColumn}) SELECT k, @owner FROM unnest(@keys) AS k{conflict}", new { keys = distinct, owner }, tx)
            : tx.Connection!.ExecuteAsync(
                $"INSERT INTO {table} ({keyColumn}, {ownerColumn}) VALUES (@key, @owner){conflict}", distinct.Select(key => new { key, owner }), tx);
    }
}
