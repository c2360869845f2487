using MassTransit;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Counts messages published and not yet fully received, so the batch job knows when the
/// pipeline has run dry. Exact because in the embedded pipeline each message type has one
/// receiving endpoint, and consumers publish before their receive completes. Fault messages,
/// which nothing here consumes, are counted as failures instead. Messages still in an outbox are
/// not counted here: <see cref="EmbeddedPipeline.WaitUntilIdleAsync"/> looks at those.
/// </summary>
public sealed class PipelineTracker : IPublishObserver, IReceiveObserver
{
    private long _pending;
    private long _published;
    private long _received;
    private long _faults;

    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Messages ever published (faults aside): unchanged over a span, nothing was in flight in it.</summary>
    public long Published => Interlocked.Read(ref _published);

    public long Received => Interlocked.Read(ref _received);

    public long Faults => Interlocked.Read(ref _faults);

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class
    {
        if (typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(Fault<>))
        {
            Interlocked.Increment(ref _faults);
        }
        else
        {
            Interlocked.Increment(ref _published);
            Interlocked.Increment(ref _pending);
        }
        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class
    {
        Interlocked.Decrement(ref _pending);
        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Done();

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Done();

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Task.CompletedTask;

    /// <summary>Waits until every published message has been received, reporting progress meanwhile.</summary>
    public async Task WaitUntilIdleAsync(Action onTick, CancellationToken cancellationToken)
    {
        while (Pending > 0)
        {
            onTick();
            await Task.Delay(100, cancellationToken);
        }
    }

    private Task Done()
    {
        Interlocked.Increment(ref _received);
        Interlocked.Decrement(ref _pending);
        return Task.CompletedTask;
    }
}
