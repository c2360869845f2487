using Corroboration.ServiceDefaults;
using Corroboration.Storage;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// How reports are linked: in batches of up to <c>Matching:BatchSize</c> (100) messages, or what
/// arrived within <c>Matching:BatchTimeLimit</c> (50 ms) of the first, and <c>Matching:Concurrency</c> batches at once, by default 2
/// on PostgreSQL, where linkers that could interact wait for each other (see
/// <see cref="Data.MatchingLocks"/>), and 1 on SQLite, which has one writer at a time anyway, and
/// for a linker holding the tables in memory, which links one batch at a time: there reports are
/// then linked in arrival order, and incremental clustering depends on order.
/// </summary>
public sealed class ReportIngestedConsumerDefinition : ConsumerDefinition<ReportIngestedConsumer>
{
    public const string ConcurrencySetting = "Matching:Concurrency";
    public const string BatchSizeSetting = "Matching:BatchSize";
    public const string BatchTimeLimitSetting = "Matching:BatchTimeLimit";

    private readonly TimeSpan _batchTimeLimit;
    private readonly int _batchSize;
    private readonly int _concurrency;
    private readonly bool _held;

    public ReportIngestedConsumerDefinition(IConfiguration configuration, DbConnectionFactory database)
    {
        _held = Extensions.HoldsTables(configuration);
        var oneWriter = database.Dialect == SqlDialect.Sqlite || _held;
        _concurrency = Math.Max(1, configuration.GetValue(ConcurrencySetting, oneWriter ? 1 : 2));
        _batchSize = Math.Max(1, configuration.GetValue(BatchSizeSetting, 100));
        _batchTimeLimit = configuration.GetValue(BatchTimeLimitSetting, TimeSpan.FromMilliseconds(50));
        EndpointName = "report-ingested";
        // Enough messages in hand for every batch to fill without waiting for the time limit.
        ConcurrentMessageLimit = _batchSize * _concurrency;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportIngestedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = _batchSize * _concurrency;
            // One replica links, the others stand by and take over should it go: each would read
            // the tables again after the other's every batch (see Leading.HeldLinking). A queue
            // declared before without this must be deleted when switching to held linking.
            if (_held)
            {
                rabbit.SingleActiveConsumer = true;
            }
        }
        // Retries what the consumer does not absorb itself: failing to hand a failed batch on.
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(_batchSize).SetTimeLimit(_batchTimeLimit).SetConcurrencyLimit(_concurrency));
    }
}
