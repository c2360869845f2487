using System.Diagnostics;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace Corroboration.Reliability.Tests;

/// <summary>
/// The relay publishes from a background task, long after the request or consumer that wrote the
/// row has finished: the row's stored trace context is what keeps the consumer in that trace.
/// </summary>
public sealed class OutboxTracingTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"corro-trace-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task TheConsumerOfARelayedMessageRunsInTheTraceTheRowWasWrittenIn()
    {
        var spans = new List<Activity>();
        using var host = BuildHost(spans);
        await host.StartAsync();
        var outbox = host.Services.GetRequiredKeyedService<Outbox>(ProbeService.Name);
        var inbox = host.Services.GetRequiredService<ProbeInbox>();

        // The submitting request: a span of its own, ended before the relay gets to the row.
        // Sampled, as the services' own request spans are: the relay honours the parent's decision.
        using (var request = new Activity("submit report") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            var messageId = await WriteAsync(outbox, 1);
            request.Stop();
            await ServiceHost.EventuallyAsync(
                () => Task.FromResult(inbox.Received.Count == 1 && RelaySpan(spans, messageId) is { } relay && ConsumeSpans(spans, relay.TraceId).Any()),
                "the probe consumed, its spans exported");

            var relay = RelaySpan(spans, messageId)!;
            Assert.Equal(request.TraceId, relay.TraceId);
            Assert.Equal(request.SpanId, relay.ParentSpanId);
            var consume = ConsumeSpans(spans, request.TraceId);
            Assert.NotEmpty(consume); // MassTransit's receive and process spans
            Assert.All(consume, span => Assert.NotEqual(request.SpanId, span.ParentSpanId)); // below the relay's publish, not the request itself
        }
        await host.StopAsync();
    }

    [Fact]
    public async Task ARowWrittenOutsideAnyTraceIsPublishedInATraceOfItsOwn()
    {
        var spans = new List<Activity>();
        using var host = BuildHost(spans);
        await host.StartAsync();
        var outbox = host.Services.GetRequiredKeyedService<Outbox>(ProbeService.Name);
        var inbox = host.Services.GetRequiredService<ProbeInbox>();
        Activity.Current = null;

        var messageId = await WriteAsync(outbox, 2);
        await ServiceHost.EventuallyAsync(
            () => Task.FromResult(inbox.Received.Count == 1 && RelaySpan(spans, messageId) is { } relay && ConsumeSpans(spans, relay.TraceId).Any()),
            "the probe consumed, its spans exported");

        var relay = RelaySpan(spans, messageId)!;
        Assert.Equal(default, relay.ParentSpanId);
        Assert.NotEmpty(ConsumeSpans(spans, relay.TraceId));
        await host.StopAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private IHost BuildHost(List<Activity> spans) => ServiceHost.Build(
        ServiceHost.Sqlite(_database),
        services => services
            .AddSchemaMigrations(ProbeService.Name, ProbeService.Migrations)
            .AddOutbox(ProbeService.Name)
            .AddSingleton<ProbeInbox>()
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
        bus => bus.AddConsumer<ProbeConsumer>(),
        telemetry: true);

    private static async Task<Guid> WriteAsync(Outbox outbox, int number)
    {
        await using var connection = await outbox.Database.OpenAsync();
        await using var tx = await outbox.Database.BeginWriteAsync(connection);
        var messageId = await outbox.AddAsync(tx, new Probe(number));
        await tx.CommitAsync();
        outbox.Wake();
        return messageId;
    }

    // The exporter sees every MassTransit span of the process (other tests run alongside): pick by message and trace.
    private static Activity? RelaySpan(List<Activity> spans, Guid messageId) =>
        Snapshot(spans).SingleOrDefault(s => s.Source.Name == OutboxTracing.SourceName && (string?)s.GetTagItem("messaging.message.id") == messageId.ToString());

    private static List<Activity> ConsumeSpans(List<Activity> spans, ActivityTraceId traceId) =>
        Snapshot(spans).Where(s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Consumer && s.TraceId == traceId).ToList();

    /// <summary>A copy to read while the exporter may still be adding to the list.</summary>
    private static List<Activity> Snapshot(List<Activity> spans)
    {
        while (true)
        {
            try
            {
                return [.. spans];
            }
            catch (InvalidOperationException)
            {
                // changed while copying: copy again
            }
        }
    }
}
