using Corroboration.Contracts;
using MassTransit;

namespace NewsroomConsumer;

/// <summary>
/// An incident merged into another gets no new score, only an <see cref="IncidentChanged"/> with
/// no members: a system that files incidents drops it on this. Other changes are scored and
/// arrive as <see cref="IncidentScored"/>, so they are ignored here.
/// </summary>
public sealed class MergedAwayPrinter : IConsumer<IncidentChanged>
{
    public Task Consume(ConsumeContext<IncidentChanged> context)
    {
        var change = context.Message;
        if (change.Members.Count == 0)
        {
            Console.WriteLine($"IncidentChanged {change.IncidentId} v{change.Version}: merged away — {change.Reason}");
        }
        return Task.CompletedTask;
    }
}
