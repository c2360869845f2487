namespace Corroboration.Storage;

/// <summary>
/// One schema step of one service. The SQL must run on both SQLite and PostgreSQL, unless
/// <see cref="PostgresSql"/> gives PostgreSQL its own (for what has no common spelling, such as
/// an auto-numbered key).
/// </summary>
public sealed record Migration(int Version, string Description, string Sql, string? PostgresSql = null)
{
    public string SqlFor(SqlDialect dialect) => dialect == SqlDialect.Postgres && PostgresSql is not null ? PostgresSql : Sql;
}
