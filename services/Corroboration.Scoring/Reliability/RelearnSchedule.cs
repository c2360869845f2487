using System.Threading.Channels;

namespace Corroboration.Scoring.Reliability;

/// <summary>
/// When source reliabilities are learned again: incident changes only mark the table stale,
/// to be learned at the next tick; an analyst's verdict or pin wakes learning at once. Requests
/// that arrive while learning runs are served by one more run, not one each.
/// </summary>
public sealed class RelearnSchedule
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _stale;

    /// <summary>Something learning depends on changed: learn at the next tick.</summary>
    public void MarkStale() => Interlocked.Exchange(ref _stale, 1);

    /// <summary>An analyst changed something: learn now.</summary>
    public void LearnNow()
    {
        MarkStale();
        _wake.Writer.TryWrite(true);
    }

    /// <summary>True when something changed since the last call.</summary>
    public bool TakeStale() => Interlocked.Exchange(ref _stale, 0) == 1;

    /// <summary>Returns after <paramref name="tick"/>, sooner when an analyst changes something or the process stops.</summary>
    public async Task WaitAsync(TimeSpan tick, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(tick);
        try
        {
            await _wake.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // The tick, or the end.
        }
    }
}
