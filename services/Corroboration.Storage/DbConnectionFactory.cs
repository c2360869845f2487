using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Corroboration.Storage;

/// <summary>Opens connections to the configured database, set up for concurrent use.</summary>
public sealed class DbConnectionFactory : IDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _sqlite = "";

    public DbConnectionFactory(IOptions<DatabaseOptions> options)
    {
        Dialect = options.Value.Dialect;
        if (Dialect == SqlDialect.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(WithPoolSettings(options.Value.ConnectionString));
        }
        else
        {
            // Writers wait for each other instead of failing at once with SQLITE_BUSY.
            _sqlite = new SqliteConnectionStringBuilder(options.Value.ConnectionString) { DefaultTimeout = 60 }.ToString();
        }
    }

    public SqlDialect Dialect { get; }

    /// <summary>
    /// Statements used again and again (the linker's dozen per report) are prepared on each pooled
    /// connection, so PostgreSQL parses and plans them once rather than on every call. A
    /// connection string that sets <c>Max Auto Prepare</c> to a positive number keeps its own.
    /// A connection going back to the pool is not reset: the services keep no session state (their
    /// advisory locks end with the transaction), and the reset was seven statements, two in five
    /// of all that PostgreSQL ran for a streamed report.
    /// </summary>
    private static string WithPoolSettings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
        }
        return builder.ConnectionString;
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken);
        }
        var connection = new SqliteConnection(_sqlite);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=60000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Begins a write transaction: on SQLite <c>BEGIN IMMEDIATE</c>, which takes the write lock
    /// before the first read, so two writers never both read and then fail to upgrade (SQLITE_BUSY).
    /// </summary>
    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default) =>
        connection is SqliteConnection sqlite ? sqlite.BeginTransaction(deferred: false) : await connection.BeginTransactionAsync(cancellationToken);

    public void Dispose() => _postgres?.Dispose();
}
