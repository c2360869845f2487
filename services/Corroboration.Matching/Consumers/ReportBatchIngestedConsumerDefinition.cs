using Corroboration.ServiceDefaults.Batches;
using Corroboration.Storage;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// How reports are linked: in batches of up to <c>Matching:BatchSize</c> (100) reports, or what
/// arrived within <c>Matching:BatchTimeLimit</c> (50 ms) of the first, and <c>Matching:Concurrency</c> batches at once, by default 2
/// on PostgreSQL, where linkers that could interact wait for each other (see
/// <see cref="Data.MatchingLocks"/>), and 1 on SQLite, which has one writer at a time anyway, and
/// for a linker holding the tables in memory, which links one batch at a time: there reports are
/// then linked in arrival order, and incremental clustering depends on order. Each message holds at
/// least one report, so a batch of that many messages holds enough; the consumer cuts it into
/// transactions of that many reports.
/// </summary>
public sealed class ReportBatchIngestedConsumerDefinition(IConfiguration configuration, DbConnectionFactory database)
    : BatchConsumerDefinition<ReportBatchIngestedConsumer>("report-ingested", Settings(configuration, database))
{
    public const string BatchSizeSetting = "Matching:BatchSize";
    public const string BatchTimeLimitSetting = "Matching:BatchTimeLimit";
    public const string ConcurrencySetting = "Matching:Concurrency";
    public static readonly BatchKeys Keys = new(BatchSizeSetting, BatchTimeLimitSetting, ConcurrencySetting);

    private readonly bool _held = Extensions.HoldsTables(configuration);

    public static BatchSettings Settings(IConfiguration configuration, DbConnectionFactory database)
    {
        var oneWriter = database.Dialect == SqlDialect.Sqlite || Extensions.HoldsTables(configuration);
        return BatchSettings.Read(configuration, Keys, TimeSpan.FromMilliseconds(50), oneWriter ? 1 : 2);
    }

    protected override void ConfigureRabbitMq(IRabbitMqReceiveEndpointConfigurator rabbit)
    {
        // One replica links, the others stand by and take over should it go: each would read
        // the tables again after the other's every batch (see Leading.HeldLinking). A queue
        // declared before without this must be deleted when switching to held linking.
        if (_held)
        {
            rabbit.SingleActiveConsumer = true;
        }
    }
}
