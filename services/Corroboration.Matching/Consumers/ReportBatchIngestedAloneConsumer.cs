using Corroboration.Contracts;
using Corroboration.Matching.Linking;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Matching.Consumers;

/// <summary>
/// Links the reports of a message whose transaction failed (see <see cref="ReportBatchIngestedConsumer"/>)
/// one report to a transaction, each recorded in the inbox as its own part of the message. A
/// poison report does not hold back the others: the message fails, naming it, only once the rest
/// are linked; its retries and, once they are spent, the error queue concern the poison alone,
/// as the others' parts are skipped when it comes back.
/// </summary>
public sealed class ReportBatchIngestedAloneConsumer(IncidentLinker linker) : IConsumer<ReportBatchIngested>
{
    public async Task Consume(ConsumeContext<ReportBatchIngested> context)
    {
        var reports = context.Message.Reports;
        var (failures, failed) = (new List<Exception>(), new List<string>());
        for (var part = 0; part < reports.Count; part++)
        {
            try
            {
                await linker.LinkAsync(reports[part], context.MessageId is { } id ? Inbox.PartId(id, part) : null, context.CancellationToken);
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
