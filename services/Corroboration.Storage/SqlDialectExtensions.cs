using System.Data.Common;
using System.Text.Json;
using Npgsql;

namespace Corroboration.Storage;

/// <summary>The few places where SQLite and PostgreSQL SQL differ.</summary>
public static class SqlDialectExtensions
{
    /// <summary>The dialect of the database a transaction runs on.</summary>
    public static SqlDialect Dialect(this DbTransaction tx) => tx.Connection is NpgsqlConnection ? SqlDialect.Postgres : SqlDialect.Sqlite;

    /// <summary>Case-insensitive LIKE (SQLite's LIKE already ignores ASCII case).</summary>
    public static string ILike(this SqlDialect dialect) => dialect == SqlDialect.Postgres ? "ILIKE" : "LIKE";

    /// <summary>
    /// "column is one of the list parameter": Dapper expands <c>IN @list</c> for SQLite but passes
    /// a PostgreSQL array as one parameter, which needs <c>= ANY(@list)</c>. Pass an array.
    /// </summary>
    public static string InList(this SqlDialect dialect, string column, string parameter) =>
        dialect == SqlDialect.Postgres ? $"{column} = ANY({parameter})" : $"{column} IN {parameter}";

    /// <summary>
    /// A list parameter as a one-column table <c>k</c>, for joining with or filtering per element:
    /// PostgreSQL unnests an array, SQLite reads a JSON array. Pass <see cref="ListValue"/> of the list.
    /// </summary>
    public static string ListTable(this SqlDialect dialect, string parameter) =>
        dialect == SqlDialect.Postgres ? $"SELECT k FROM unnest({parameter}) AS k" : $"SELECT value AS k FROM json_each({parameter})";

    /// <summary>The value of a <see cref="ListTable"/> parameter.</summary>
    public static object ListValue(this SqlDialect dialect, IEnumerable<string> values) =>
        dialect == SqlDialect.Postgres ? values.ToArray() : JsonSerializer.Serialize(values);

    /// <summary>Row lock for a read-modify-write inside a transaction (SQLite locks the whole file instead).</summary>
    public static string ForUpdate(this SqlDialect dialect) => dialect == SqlDialect.Postgres ? "FOR UPDATE" : "";
}
