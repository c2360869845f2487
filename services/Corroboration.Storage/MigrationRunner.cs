using Dapper;

namespace Corroboration.Storage;

/// <summary>
/// Applies a service's migrations that the database has not seen, each in its own transaction,
/// recording them in <c>schema_migrations</c>. On PostgreSQL an advisory lock keeps replicas that
/// start together from applying the same step twice.
/// </summary>
public static class MigrationRunner
{
    private const string CreateLedger = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            service TEXT NOT NULL,
            version INTEGER NOT NULL,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            PRIMARY KEY (service, version))
        """;

    public static async Task ApplyAsync(DbConnectionFactory factory, string service, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (factory.Dialect == SqlDialect.Postgres)
        {
            await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(7301)", transaction: transaction);
        }
        await connection.ExecuteAsync(CreateLedger, transaction: transaction);
        var applied = (await connection.QueryAsync<int>(
            "SELECT version FROM schema_migrations WHERE service = @service", new { service }, transaction)).ToHashSet();
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            await connection.ExecuteAsync(migration.SqlFor(factory.Dialect), transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (service, version, description, applied_at) VALUES (@service, @version, @description, @at)",
                new { service, version = migration.Version, description = migration.Description, at = DateTimeOffset.UtcNow.ToString("O") },
                transaction);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
