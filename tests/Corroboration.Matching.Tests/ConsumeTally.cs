using MassTransit;

namespace Corroboration.Matching.Tests;

/// <summary>
/// Counts consumed messages and the most consumed at once, to show a run really was concurrent.
/// It yields first: SQLite's calls complete synchronously, so without that a consumer on it runs
/// to its end before the in-memory transport's dispatcher gets its thread back for the next message.
/// </summary>
public sealed class ConsumeTally : IConsumeObserver
{
    private int _running;
    private int _mostRunning;
    private int _consumed;

    public int MostRunning => Volatile.Read(ref _mostRunning);

    public int Consumed => Volatile.Read(ref _consumed);

    public async Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        await Task.Yield();
        var running = Interlocked.Increment(ref _running);
        for (var most = MostRunning; running > most; most = MostRunning)
        {
            Interlocked.CompareExchange(ref _mostRunning, running, most);
        }
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Interlocked.Decrement(ref _running);
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        Interlocked.Decrement(ref _running);
        return Task.CompletedTask;
    }
}
