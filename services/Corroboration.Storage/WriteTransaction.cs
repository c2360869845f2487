using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Corroboration.Storage;

/// <summary>
/// Runs work in one write transaction that holds the given advisory locks from its start, and
/// starts it again, from scratch, when it meets a concurrent transaction: a
/// <see cref="WriteConflictException"/> (whose locks are then taken at the start too, in order,
/// instead of waited for halfway, which could deadlock) or PostgreSQL's deadlock and
/// serialization failures (40P01, 40001).
/// </summary>
public static class WriteTransaction
{
    public const int MaxAttempts = 10;

    public static async Task<T> WriteAsync<T>(
        this DbConnectionFactory db, IEnumerable<string> locks, Func<DbTransaction, Task<T>> work, ILogger logger, CancellationToken cancellationToken)
    {
        var upFront = new HashSet<string>(locks, StringComparer.Ordinal);
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var tx = await db.BeginWriteAsync(connection, cancellationToken);
            try
            {
                await AdvisoryLocks.LockAsync(tx, upFront, cancellationToken);
                var result = await work(tx);
                await tx.CommitAsync(cancellationToken);
                return result;
            }
            catch (WriteConflictException conflict) when (attempt < MaxAttempts)
            {
                logger.LogDebug("Write transaction starts again (attempt {Attempt}): {Conflict}", attempt + 1, conflict.Message);
                upFront.UnionWith(conflict.Locks);
            }
            catch (PostgresException failure) when (attempt < MaxAttempts
                && failure.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                logger.LogDebug("Write transaction starts again (attempt {Attempt}): {SqlState}", attempt + 1, failure.SqlState);
            }
        }
    }
}
