using System.Collections.Concurrent;
using System.Threading.Channels;
using Corroboration.Contracts;

namespace Corroboration.Scoring.Scores;

/// <summary>Fans every new score out to the gRPC watchers of this process.</summary>
public sealed class ScoreFeed
{
    private readonly ConcurrentDictionary<Guid, Channel<IncidentScored>> _watchers = new();

    public (Guid Id, ChannelReader<IncidentScored> Reader) Subscribe()
    {
        // A watcher that falls far behind loses its oldest updates rather than holding memory.
        var channel = Channel.CreateBounded<IncidentScored>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
        var id = Guid.NewGuid();
        _watchers[id] = channel;
        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (_watchers.TryRemove(id, out var channel))
        {
            channel.Writer.TryComplete();
        }
    }

    public void Publish(IncidentScored scored)
    {
        foreach (var channel in _watchers.Values)
        {
            channel.Writer.TryWrite(scored);
        }
    }
}
