using Corroboration.Contracts;
using Corroboration.Ingest.Intake;
using MassTransit;

namespace Corroboration.Ingest.Consumers;

/// <summary>A newsroom system's <see cref="SubmitReport"/> command; an invalid report goes to the error queue.</summary>
public sealed class SubmitReportConsumer(ReportIntake intake) : IConsumer<SubmitReport>
{
    public async Task Consume(ConsumeContext<SubmitReport> context)
    {
        var result = await intake.SubmitAsync(context.Message.Report, context.CancellationToken, context.MessageId);
        if (result.Outcome == IntakeOutcome.Rejected)
        {
            throw new InvalidReportException(result.Id, result.Violations);
        }
    }
}
