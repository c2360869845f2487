using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace Corroboration.Storage;

/// <summary>
/// PostgreSQL transaction-scoped advisory locks on names, released at commit or rollback. A name
/// is hashed to 64 bits; a collision only makes two transactions wait for each other needlessly.
/// On SQLite these do nothing: a write transaction there already excludes every other writer.
/// </summary>
public static class AdvisoryLocks
{
    /// <summary>Waits for every lock, in hash order, so that transactions taking overlapping sets cannot deadlock.</summary>
    public static async Task LockAsync(DbTransaction tx, IEnumerable<string> names, CancellationToken cancellationToken = default)
    {
        var keys = names.Select(Hash).Distinct().Order().ToArray();
        if (tx.Connection is NpgsqlConnection connection && keys.Length > 0)
        {
            // unnest yields the array in order, so the locks are taken in that order.
            await connection.ExecuteAsync(new CommandDefinition(
                "SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k", new { keys }, tx, cancellationToken: cancellationToken));
        }
    }

    /// <summary>Takes the locks that are free now, without waiting; returns the names another transaction holds.</summary>
    public static async Task<IReadOnlyList<string>> TryLockAsync(DbTransaction tx, IEnumerable<string> names)
    {
        var byKey = names.Distinct(StringComparer.Ordinal).ToLookup(Hash);
        if (tx.Connection is not NpgsqlConnection connection || byKey.Count == 0)
        {
            return [];
        }
        var busy = await connection.QueryAsync<long>(
            "SELECT k FROM unnest(@keys) AS k WHERE NOT pg_try_advisory_xact_lock(k)", new { keys = byKey.Select(g => g.Key).Order().ToArray() }, tx);
        return busy.SelectMany(key => byKey[key]).ToList();
    }

    public static long Hash(string name) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
