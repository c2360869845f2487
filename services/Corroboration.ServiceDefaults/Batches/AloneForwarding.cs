using MassTransit;
using Microsoft.Extensions.Logging;

namespace Corroboration.ServiceDefaults.Batches;

/// <summary>
/// Handles a batch in one go; if that fails (after the handler's own retries), hands the batch
/// message by message to a queue whose consumer handles each alone, so that its retries and error
/// queue concern that message only: a poison message faults alone and the rest of its batch goes through.
/// </summary>
public static class AloneForwarding
{
    public static async Task HandleOrForwardAsync<T>(ConsumeContext<Batch<T>> context, string aloneQueue, Func<Task> handle, ILogger logger)
        where T : class
    {
        try
        {
            await handle();
        }
        catch (Exception failure) when (!context.CancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(failure, "A batch of {Count} {MessageType} failed; each goes to {Queue} to be handled alone", context.Message.Length, typeof(T).Name, aloneQueue);
            var alone = await context.GetSendEndpoint(new Uri("queue:" + aloneQueue));
            foreach (var message in context.Message)
            {
                await message.Forward(alone); // keeps the message id, so the inbox still recognizes it
            }
        }
    }
}
