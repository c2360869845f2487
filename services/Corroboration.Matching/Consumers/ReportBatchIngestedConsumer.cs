using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using Corroboration.ServiceDefaults.Batches;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// Links Ingest's batches of reports as they come off the queue, several messages at once, in
/// transactions of whole messages holding up to <c>Matching:BatchSize</c> reports (a bigger
/// message is one transaction alone); the messages of a transaction that fails go one by one to
/// <see cref="ReportBatchIngestedAloneConsumer"/> (see <see cref="AloneForwarding"/>).
/// </summary>
public sealed class ReportBatchIngestedConsumer(
    IncidentLinker linker, IConfiguration configuration, DbConnectionFactory database, ILogger<ReportBatchIngestedConsumer> logger)
    : IConsumer<Batch<ReportBatchIngested>>
{
    private readonly int _reportsPerTransaction = ReportBatchIngestedConsumerDefinition.Settings(configuration, database).Size;

    public async Task Consume(ConsumeContext<Batch<ReportBatchIngested>> context)
    {
        foreach (var messages in Transactions(context.Message, _reportsPerTransaction))
        {
            await AloneForwarding.HandleOrForwardAsync(context, messages, ReportBatchIngestedAloneConsumerDefinition.Queue, () => linker.LinkBatchAsync(
                messages.Select(m => new IncidentLinker.Delivery(m.Message.Reports, m.MessageId, InboxTracing.TraceParentOf(m))).ToList(), context.CancellationToken), logger);
        }
    }

    /// <summary>The messages in order, cut before a message that would take a transaction past <paramref name="maxReports"/>.</summary>
    public static IEnumerable<List<T>> Transactions<T>(IEnumerable<T> messages, int maxReports)
        where T : ConsumeContext<ReportBatchIngested>
    {
        var (transaction, reports) = (new List<T>(), 0);
        foreach (var message in messages)
        {
            var count = message.Message.Reports.Count;
            if (transaction.Count > 0 && reports + count > maxReports)
            {
                yield return transaction;
                (transaction, reports) = ([], 0);
            }
            transaction.Add(message);
            reports += count;
        }
        if (transaction.Count > 0)
        {
            yield return transaction;
        }
    }
}
