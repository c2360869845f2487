using Corroboration.ServiceDefaults;
using Corroboration.Storage;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// How many reports are linked at once: <c>Matching:Concurrency</c>, by default 4 on PostgreSQL,
/// where linkers that could interact wait for each other (see <see cref="Data.MatchingLocks"/>),
/// and 1 on SQLite, which has one writer at a time anyway: there reports are then linked in
/// arrival order, and incremental clustering depends on order.
/// </summary>
public sealed class ReportIngestedConsumerDefinition : ConsumerDefinition<ReportIngestedConsumer>
{
    public const string ConcurrencySetting = "Matching:Concurrency";

    public ReportIngestedConsumerDefinition(IConfiguration configuration, DbConnectionFactory database) =>
        ConcurrentMessageLimit = Math.Max(1, configuration.GetValue(ConcurrencySetting, database.Dialect == SqlDialect.Postgres ? 4 : 1));

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReportIngestedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        // The standard retry also covers what the linker does not absorb itself: deadlocks and
        // serialization failures that keep recurring, and a write conflict after its last attempt.
        endpointConfigurator.UseMessageRetry(retry => RetryPolicy.Standard(retry));
    }
}
