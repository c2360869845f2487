using System.Collections.Concurrent;
using System.Threading.Channels;
using Corroboration.Contracts;

namespace Corroboration.Scoring.Scores;

/// <summary>
/// Fans every new score out to the gRPC watchers of this process, once: a redelivered or late
/// <see cref="IncidentScored"/> (a version at or below the newest seen for its incident) is dropped.
/// </summary>
public sealed class ScoreFeed
{
    private readonly ConcurrentDictionary<Guid, Channel<IncidentScored>> _watchers = new();
    private readonly ConcurrentDictionary<string, long> _newest = new(StringComparer.Ordinal);

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
        if (!IsNewest(scored))
        {
            return;
        }
        foreach (var channel in _watchers.Values)
        {
            channel.Writer.TryWrite(scored);
        }
    }

    private bool IsNewest(IncidentScored scored)
    {
        while (true)
        {
            if (!_newest.TryGetValue(scored.Incident.Id, out var newest))
            {
                if (_newest.TryAdd(scored.Incident.Id, scored.Version))
                {
                    return true;
                }
                continue;
            }
            if (scored.Version <= newest)
            {
                return false;
            }
            if (_newest.TryUpdate(scored.Incident.Id, scored.Version, newest))
            {
                return true;
            }
        }
    }
}
