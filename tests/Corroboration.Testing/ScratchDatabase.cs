using Npgsql;

namespace Corroboration.Testing;

/// <summary>A PostgreSQL database of its own for one test, on the server <c>CORRO_TEST_POSTGRES</c> names; dropped afterwards.</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    public const string Variable = "CORRO_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = $"corro_test_{Guid.NewGuid():N}";

    private ScratchDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
    }

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public string ConnectionString { get; }

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var database = new ScratchDatabase(Server ?? throw new InvalidOperationException($"{Variable} is not set"));
        await database.ExecuteAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
                return;
            }
            // FORCE cannot end a superuser's session: an autovacuum worker visiting the new database. It soon leaves.
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
