using MassTransit;

namespace Corroboration.ServiceDefaults.Telemetry;

/// <summary>Queue lag as consumers see it: how long each message waited between being sent and being consumed.</summary>
public sealed class ConsumeLagObserver(PipelineMetrics metrics) : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.SentTime is { } sent)
        {
            metrics.Consumed(typeof(T).Name, DateTime.UtcNow - sent);
        }
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
