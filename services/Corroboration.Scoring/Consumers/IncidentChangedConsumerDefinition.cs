using Corroboration.ServiceDefaults.Batches;
using Corroboration.Storage;

namespace Corroboration.Scoring.Consumers;

/// <summary>
/// How Matching's changes are scored: in batches of up to <c>Scoring:BatchSize</c> (100)
/// messages, or what arrived within <c>Scoring:BatchTimeLimit</c> (20 ms) of the first, and
/// <c>Scoring:Concurrency</c> batches at once, by default 2 on PostgreSQL (batches changing the
/// same incidents take turns, see <see cref="Scores.IncidentRescorer.Lock"/>) and 1 on SQLite,
/// which has one writer at a time anyway.
/// </summary>
public sealed class IncidentChangedConsumerDefinition(IConfiguration configuration, DbConnectionFactory database)
    : BatchConsumerDefinition<IncidentChangedConsumer>("incident-changed", BatchSettings.Read(
        configuration, Keys, TimeSpan.FromMilliseconds(20), database.Dialect == SqlDialect.Sqlite ? 1 : 2))
{
    public const string BatchSizeSetting = "Scoring:BatchSize";
    public const string BatchTimeLimitSetting = "Scoring:BatchTimeLimit";
    public const string ConcurrencySetting = "Scoring:Concurrency";
    public static readonly BatchKeys Keys = new(BatchSizeSetting, BatchTimeLimitSetting, ConcurrencySetting);
}
