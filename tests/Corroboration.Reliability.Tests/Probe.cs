using System.Collections.Concurrent;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using MassTransit;

namespace Corroboration.Reliability.Tests;

/// <summary>A message of the tests' own, written through an outbox of a service called <c>probe</c>.</summary>
public sealed record Probe(int Number);

/// <summary>Every <see cref="Probe"/> received, with its message id.</summary>
public sealed class ProbeInbox
{
    public ConcurrentQueue<(Guid? MessageId, int Number)> Received { get; } = new();
}

public sealed class ProbeConsumer(ProbeInbox inbox) : IConsumer<Probe>
{
    public Task Consume(ConsumeContext<Probe> context)
    {
        inbox.Received.Enqueue((context.MessageId, context.Message.Number));
        return Task.CompletedTask;
    }
}

public static class ProbeService
{
    public const string Name = "probe";

    /// <summary>A state table beside the outbox, to show the two change together.</summary>
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "probe state", "CREATE TABLE probe_state (number INTEGER PRIMARY KEY)"),
        OutboxSchema.Migration(2, Name),
        OutboxSchema.TraceContextMigration(3, Name),
    ];
}
