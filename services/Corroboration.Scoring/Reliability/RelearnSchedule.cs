using System.Threading.Channels;

namespace Corroboration.Scoring.Reliability;

/// <summary>
/// When source reliabilities are learned again: incident changes only mark the table stale,
/// to be learned at the next tick; an analyst's verdict or pin wakes learning at once. Requests
/// that arrive while learning runs are served by one more run, not one each.
/// <para>
/// Learning reads and scores every incident, so a run costs more as the store grows (seconds at a
/// few thousand incidents). After each run, learning for incident changes waits at least
/// <see cref="PauseFactor"/> times as long as the run took, so that it takes at most a tenth of
/// the service's time however large the store; an analyst's change is still learned at once.
/// </para>
/// </summary>
public sealed class RelearnSchedule(TimeProvider clock)
{
    public const int PauseFactor = 9;

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private int _stale;
    private int _analystWaiting;
    private long _pausedUntil;

    public RelearnSchedule() : this(TimeProvider.System)
    {
    }

    /// <summary>Something learning depends on changed: learn at the next tick.</summary>
    public void MarkStale() => Interlocked.Exchange(ref _stale, 1);

    /// <summary>An analyst changed something: learn now.</summary>
    public void LearnNow()
    {
        MarkStale();
        Interlocked.Exchange(ref _analystWaiting, 1);
        _wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// True when something changed since the last run and learning is due: an analyst asked for
    /// it, or the pause after the last run is over. A change not yet due stays marked.
    /// </summary>
    public bool TakeStale()
    {
        var analyst = Interlocked.Exchange(ref _analystWaiting, 0) == 1;
        if (!analyst && clock.GetTimestamp() < Interlocked.Read(ref _pausedUntil))
        {
            return false;
        }
        return Interlocked.Exchange(ref _stale, 0) == 1;
    }

    /// <summary>A run of learning took <paramref name="took"/>: the next one for incident changes waits <see cref="PauseFactor"/> times that.</summary>
    public void Learned(TimeSpan took) =>
        Interlocked.Exchange(ref _pausedUntil, clock.GetTimestamp() + (long)(took.TotalSeconds * PauseFactor * clock.TimestampFrequency));

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
