using System.Data.Common;
using Corroboration.Core.Scoring;
using Corroboration.Scoring.Reliability;
using Corroboration.Storage;
using Dapper;

namespace Corroboration.Scoring.Data;

/// <summary>The SQL of source trust: the table reliability learning last computed, and analysts' pins.</summary>
public sealed class TrustStore(DbConnectionFactory db, ILogger<TrustStore> logger)
{
    private const string PinColumns = "source_key AS SourceKey, source, reliability, analyst, reason, pinned_at AS PinnedAt";

    /// <summary>The learned table with the pins laid over it.</summary>
    public async Task<TrustState> LoadAsync(CancellationToken cancellationToken)
    {
        const string learnedSql = """
            SELECT source_key AS SourceKey, source, source_type AS SourceType, prior, learned, incidents, supported,
                   confirmed, refuted, learned_at AS LearnedAt
            FROM scoring_trust ORDER BY source_key
            """;
        await using var connection = await db.OpenAsync(cancellationToken);
        var learned = await connection.QueryAsync<TrustRow>(new CommandDefinition(learnedSql, cancellationToken: cancellationToken));
        var pins = await connection.QueryAsync<PinRow>(new CommandDefinition(
            $"SELECT {PinColumns} FROM scoring_pins ORDER BY source_key", cancellationToken: cancellationToken));
        return TrustState.Of(learned.ToList(), pins.ToList());
    }

    /// <summary>Replaces the learned table with <paramref name="sources"/> (pins are kept apart); replicas learning at once take turns.</summary>
    public Task SaveLearnedAsync(IEnumerable<SourceTrust> sources, string learnedAt, CancellationToken cancellationToken)
    {
        var rows = sources.Select(s => new TrustRow
        {
            SourceKey = SourceNames.Key(s.Source),
            Source = s.Source,
            SourceType = s.SourceType,
            Prior = s.Prior,
            Learned = s.Learned,
            Incidents = s.Incidents,
            Supported = s.Supported,
            Confirmed = s.Confirmed,
            Refuted = s.Refuted,
            LearnedAt = learnedAt,
        }).ToList();
        return db.WriteAsync(["scoring:trust"], async tx =>
        {
            await tx.Connection!.ExecuteAsync("DELETE FROM scoring_trust", transaction: tx);
            return await tx.Connection!.ExecuteAsync("""
                INSERT INTO scoring_trust (source_key, source, source_type, prior, learned, incidents, supported, confirmed, refuted, learned_at)
                VALUES (@SourceKey, @Source, @SourceType, @Prior, @Learned, @Incidents, @Supported, @Confirmed, @Refuted, @LearnedAt)
                """, rows, tx);
        }, logger, cancellationToken);
    }

    public Task<PinRow?> PinAsync(DbTransaction tx, string sourceKey) =>
        tx.Connection!.QuerySingleOrDefaultAsync<PinRow>(
            $"SELECT {PinColumns} FROM scoring_pins WHERE source_key = @sourceKey {db.Dialect.ForUpdate()}", new { sourceKey }, tx);

    public Task SavePinAsync(DbTransaction tx, PinRow pin) =>
        tx.Connection!.ExecuteAsync("""
            INSERT INTO scoring_pins (source_key, source, reliability, analyst, reason, pinned_at)
            VALUES (@SourceKey, @Source, @Reliability, @Analyst, @Reason, @PinnedAt)
            ON CONFLICT (source_key) DO UPDATE SET source = excluded.source, reliability = excluded.reliability,
                analyst = excluded.analyst, reason = excluded.reason, pinned_at = excluded.pinned_at
            """, pin, tx);

    public Task DeletePinAsync(DbTransaction tx, string sourceKey) =>
        tx.Connection!.ExecuteAsync("DELETE FROM scoring_pins WHERE source_key = @sourceKey", new { sourceKey }, tx);
}
