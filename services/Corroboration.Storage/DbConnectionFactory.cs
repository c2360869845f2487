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
            _postgres = NpgsqlDataSource.Create(options.Value.ConnectionString);
        }
        else
        {
            // Writers wait for each other instead of failing at once with SQLITE_BUSY.
            _sqlite = new SqliteConnectionStringBuilder(options.Value.ConnectionString) { DefaultTimeout = 60 }.ToString();
        }
    }

    public SqlDialect Dialect { get; }

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

    public void Dispose() => _postgres?.Dispose();
}
