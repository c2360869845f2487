using Corroboration.ServiceDefaults;
using Corroboration.Storage;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// How reports are linked: a linker holding the tables in memory (the default) takes a message
/// (a batch of reports, as Ingest stored them together) at a time, in queue order, since
/// incremental clustering depends on order. Batches taken from the queue several messages at
/// once could not keep it: messages reach a forming batch by concurrent paths, and one could slip
/// into the next batch behind a later one. Linkers working on the store itself take
/// <c>Matching:Concurrency</c> messages at once, by default 2 on PostgreSQL, where linkers that
/// could interact wait for each other (see <see cref="Data.MatchingLocks"/>), and 1 on SQLite,
/// which has one writer at a time anyway.
/// </summary>
public sealed class ReportBatchIngestedConsumerDefinition : ConsumerDefinition<ReportBatchIngestedConsumer>
{
    public const string ConcurrencySetting = "Matching:Concurrency";

    private readonly bool _held;

    public ReportBatchIngestedConsumerDefinition(IConfiguration configuration, DbConnectionFactory database)
    {
        _held = Extensions.HoldsTables(configuration);
        EndpointName = "report-ingested";
        ConcurrentMessageLimit = _held ? 1 : Math.Max(1, configuration.GetValue(ConcurrencySetting, database.Dialect == SqlDialect.Sqlite ? 1 : 2));
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportBatchIngestedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
        // One replica links, the others stand by and take over should it go: each would read
        // the tables again after the other's every batch (see Leading.HeldLinking). A queue
        // declared before without this must be deleted when switching to held linking.
        if (_held && endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SingleActiveConsumer = true;
        }
    }
}
