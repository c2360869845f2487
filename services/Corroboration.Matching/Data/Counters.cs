using System.Data.Common;
using Dapper;

namespace Corroboration.Matching.Data;

/// <summary>Matching's sequences (incident, constraint and audit ids), portable across SQLite and PostgreSQL.</summary>
public static class Counters
{
    public static Task<long> NextAsync(DbTransaction tx, string name) =>
        tx.Connection!.QuerySingleAsync<long>(
            "UPDATE matching_counters SET value = value + 1 WHERE name = @name RETURNING value", new { name }, tx);
}
