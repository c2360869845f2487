using System.Data.Common;
using Dapper;

namespace Corroboration.Matching.Data;

/// <summary>Matching's sequences (incident, constraint and audit ids), portable across SQLite and PostgreSQL.</summary>
public static class Counters
{
    /// <summary>Sets a sequence, so that ids are issued after those a batch wrote. Parameters: name, value.</summary>
    public const string SetSql = "UPDATE matching_counters SET value = @value WHERE name = @name";

    /// <summary>The counter of incident ids (<c>inc-000001</c> …).</summary>
    public const string Incident = "incident";

    /// <summary>
    /// Counts the writes of analysts and of a linker holding the tables in memory: each takes the
    /// next value, so such a linker that finds a value other than the one after its own last knows
    /// that another wrote in between (see <c>Leading.HeldLinking</c>).
    /// </summary>
    public const string Tables = "tables";

    public static Task<long> ValueAsync(DbTransaction tx, string name) =>
        tx.Connection!.QuerySingleAsync<long>("SELECT value FROM matching_counters WHERE name = @name", new { name }, tx);

    public static Task<long> NextAsync(DbTransaction tx, string name) =>
        tx.Connection!.QuerySingleAsync<long>(
            "UPDATE matching_counters SET value = value + 1 WHERE name = @name RETURNING value", new { name }, tx);
}
