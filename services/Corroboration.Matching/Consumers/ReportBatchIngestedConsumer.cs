using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// Links each of Ingest's batches of reports in one transaction, the messages one after another
/// in the order the queue holds them (see <see cref="ReportBatchIngestedConsumerDefinition"/>).
/// Should that transaction fail, the message's reports are linked one to a transaction, each
/// recorded in the inbox as its own part of the message: a poison report does not hold back the
/// others, and the message fails, naming it, only once they are linked; its retries and, once
/// they are spent, the error queue then concern the poison alone, as the others are skipped.
/// </summary>
public sealed class ReportBatchIngestedConsumer(IncidentLinker linker, ILogger<ReportBatchIngestedConsumer> logger) : IConsumer<ReportBatchIngested>
{
    public async Task Consume(ConsumeContext<ReportBatchIngested> context)
    {
        var reports = context.Message.Reports;
        try
        {
            await linker.LinkAsync(new IncidentLinker.Delivery(reports, context.MessageId, InboxTracing.TraceParentOf(context), TraceParents(context)),
                context.CancellationToken);
        }
        catch (Exception failure) when (!context.CancellationToken.IsCancellationRequested && reports.Count > 1)
        {
            logger.LogWarning(failure, "Linking a batch of {Count} reports failed; linking them one by one", reports.Count);
            await LinkOneByOneAsync(context);
        }
    }

    /// <summary>Each report's trace, when the message says (a batch of reports submitted in different traces).</summary>
    private static IReadOnlyList<string?>? TraceParents(ConsumeContext<ReportBatchIngested> context) =>
        ReportBatchIngested.TraceParentsOf(context.Headers.Get<string>(ReportBatchIngested.TraceParentsHeader), context.Message.Reports.Count);

    private async Task LinkOneByOneAsync(ConsumeContext<ReportBatchIngested> context)
    {
        var reports = context.Message.Reports;
        var (failures, failed) = (new List<Exception>(), new List<string>());
        for (var part = 0; part < reports.Count; part++)
        {
            try
            {
                await linker.LinkAsync(new IncidentLinker.Delivery([reports[part]], context.MessageId is { } id ? DerivedIds.Part(id, part) : null),
                    context.CancellationToken);
            }
            catch (Exception failure) when (!context.CancellationToken.IsCancellationRequested)
            {
                failures.Add(failure);
                failed.Add(reports[part].ReportId);
            }
        }
        if (failures.Count > 0)
        {
            throw new ReportsNotLinkedException(reports.Count, failed, failures);
        }
    }
}
