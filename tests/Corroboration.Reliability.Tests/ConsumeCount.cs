using MassTransit;

namespace Corroboration.Reliability.Tests;

/// <summary>How many messages one host's consumers finished, to show that each replica took a share.</summary>
public sealed class ConsumeCount : IConsumeObserver
{
    private int _consumed;

    public int Consumed => Volatile.Read(ref _consumed);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
