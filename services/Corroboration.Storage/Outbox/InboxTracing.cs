using System.Diagnostics;
using MassTransit;
using MassTransit.Logging;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// A span for one message of a batch, in the trace that message was sent in. A batch consumer runs
/// under one consume span, so without this every message of a batch would be logged, and what it
/// writes to the outbox relayed, in the trace of whichever message the bus picked for the batch.
/// </summary>
public static class InboxTracing
{
    public const string SourceName = "Corroboration.Inbox";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>The W3C trace parent a message was sent with (MassTransit 8 carries it in its diagnostic header).</summary>
    public static string? TraceParentOf(ConsumeContext message) =>
        message.Headers.Get<string>(DiagnosticHeaders.DiagnosticId) ?? message.Headers.Get<string>(DiagnosticHeaders.ActivityId);

    /// <summary>Starts the span of handling one message of a batch; null without a trace parent or a listener.</summary>
    public static Activity? StartHandling(string service, string messageType, string? traceParent)
    {
        if (!ActivityContext.TryParse(traceParent, null, isRemote: true, out var parent))
        {
            return null;
        }
        return Source.StartActivity($"{service} handle {messageType}", ActivityKind.Internal, parent);
    }
}
