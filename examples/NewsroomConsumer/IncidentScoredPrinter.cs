using System.Globalization;
using Corroboration.Contracts;
using MassTransit;

namespace NewsroomConsumer;

/// <summary>Prints one line per score: what a newsroom system would file or alert on.</summary>
public sealed class IncidentScoredPrinter : IConsumer<IncidentScored>
{
    public Task Consume(ConsumeContext<IncidentScored> context)
    {
        var scored = context.Message;
        var incident = scored.Incident;
        var state = incident.Contested ? $"{incident.Grade}, contested" : incident.Grade;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"IncidentScored {incident.Id} v{scored.Version}: {state}, confidence {incident.Confidence:0.000}, "
            + $"{incident.ReportIds.Count} reports ({incident.IndependentSources} independent) "
            + $"[{string.Join(", ", incident.ReportIds)}] {incident.OccurredOn} {incident.Place} — {scored.Reason}"));
        return Task.CompletedTask;
    }
}
