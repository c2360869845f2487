using System.Diagnostics;

namespace Corroboration.Storage.Outbox;

/// <summary>
/// The relay's spans. Each publication continues the trace its row was written in (the stored
/// <c>traceparent</c>), so a trace runs on from a request or a consumer through the background
/// relay to the next consumer; the bus's own publish span is a child of this one.
/// </summary>
public static class OutboxTracing
{
    public const string SourceName = "Corroboration.Outbox";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>The current span's W3C trace parent, for a row that a relay will publish later.</summary>
    public static string? CurrentTraceParent() => Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>Starts the span of publishing <paramref name="publication"/>, or null when nobody listens.</summary>
    public static Activity? StartPublish(string service, OutboxPublication publication)
    {
        // A row written outside any trace (or before the column existed) starts a trace of its own.
        ActivityContext.TryParse(publication.TraceParent, null, isRemote: true, out var parent);
        var activity = Source.StartActivity($"{service} outbox publish {publication.MessageType.Name}", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", publication.MessageId.ToString());
        activity?.SetTag("corroboration.outbox.service", service);
        return activity;
    }
}
