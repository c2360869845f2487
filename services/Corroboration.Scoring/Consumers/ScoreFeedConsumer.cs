using Corroboration.Contracts;
using Corroboration.Scoring.Scores;
using MassTransit;

namespace Corroboration.Scoring.Consumers;

/// <summary>Passes every <see cref="IncidentScored"/> to this process's watchers.</summary>
public sealed class ScoreFeedConsumer(ScoreFeed feed) : IConsumer<IncidentScored>
{
    public Task Consume(ConsumeContext<IncidentScored> context)
    {
        feed.Publish(context.Message);
        return Task.CompletedTask;
    }
}
