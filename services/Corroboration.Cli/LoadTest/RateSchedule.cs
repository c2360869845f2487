using System.Threading.Channels;

namespace Corroboration.Cli.LoadTest;

/// <summary>When each report is due: evenly spaced at the rate from the start, or at once when there is no rate.</summary>
public sealed class RateSchedule(double? rate)
{
    /// <summary>Milliseconds after the start at which report <paramref name="index"/> (from 0) is due.</summary>
    public double DueMilliseconds(int index) => rate is { } perSecond ? index * 1000.0 / perSecond : 0;

    /// <summary>
    /// Writes 0 … <paramref name="count"/>-1 to <paramref name="due"/>, each at its time, then
    /// completes it. A full channel (the cluster is slower than the rate) holds the schedule back:
    /// reports are then offered as fast as they are taken.
    /// </summary>
    public async Task FeedAsync(ChannelWriter<int> due, int count, Func<double> now, CancellationToken cancellationToken)
    {
        for (var index = 0; index < count; index++)
        {
            var wait = DueMilliseconds(index) - now();
            if (wait >= 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(wait), cancellationToken);
            }
            await due.WriteAsync(index, cancellationToken);
        }
        due.Complete();
    }
}
