using Corroboration.Storage;

namespace Corroboration.Matching.Linking;

/// <summary>
/// How reports are linked: in batches of up to <c>Matching:BatchSize</c> (100) reports, one
/// transaction each, <c>Matching:Concurrency</c> batches at once, by default 2 on PostgreSQL, where
/// linkers that could interact wait for each other (see <see cref="Data.MatchingLocks"/>), and 1
/// on SQLite, which has one writer at a time anyway: there reports are then linked in arrival
/// order, and incremental clustering depends on order. A free linker waits up to
/// <c>Matching:BatchTimeLimit</c> (50 ms) from the oldest waiting report for its batch to fill
/// (see <see cref="GroupCommitQueue{T}"/>).
/// </summary>
public sealed record LinkBatching(int BatchSize, TimeSpan TimeLimit, int Concurrency)
{
    public const string ConcurrencySetting = "Matching:Concurrency";
    public const string BatchSizeSetting = "Matching:BatchSize";
    public const string BatchTimeLimitSetting = "Matching:BatchTimeLimit";

    /// <summary>Reports a Matching process takes from the bus at once: every linker's batch, and a full one more for the first linker that frees.</summary>
    public int InHand => BatchSize * (Concurrency + 1);

    public static LinkBatching From(IConfiguration configuration, SqlDialect dialect) => new(
        Math.Max(1, configuration.GetValue(BatchSizeSetting, 100)),
        configuration.GetValue(BatchTimeLimitSetting, TimeSpan.FromMilliseconds(50)),
        Math.Max(1, configuration.GetValue(ConcurrencySetting, dialect == SqlDialect.Postgres ? 2 : 1)));
}
