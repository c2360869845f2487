using System.Text;
using Corroboration.Contracts;
using Corroboration.Ingest;
using Corroboration.Ingest.Data;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace Corroboration.Reliability.Tests;

public sealed class PoisonMessageTests
{
    [BrokerFact]
    public async Task BadMessagesGoToTheErrorQueueWithoutHoldingUpTheGoodOnes()
    {
        await using var vhost = await ScratchVirtualHost.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"corro-poison-{Guid.NewGuid():N}.db");
        using var host = ServiceHost.Build(ServiceHost.Sqlite(file).With(vhost.BusSettings()), services => services.AddIngest(), bus => bus.AddIngestConsumers());
        await host.StartAsync();
        try
        {
            var bus = host.Services.GetRequiredService<IBus>();
            await bus.Publish(new SubmitReport(Report("good-1")));
            await bus.Publish(new SubmitReport(Report("bad") with { Text = "" })); // invalid: no retries, straight to the error queue
            await SendGarbageAsync(vhost, "submit-report");                         // not even JSON
            foreach (var id in new[] { "good-2", "good-3", "good-4" })
            {
                await bus.Publish(new SubmitReport(Report(id)));
            }

            var reports = host.Services.GetRequiredService<ReportStore>();
            await ServiceHost.EventuallyAsync(
                async () => (await Task.WhenAll(new[] { "good-1", "good-2", "good-3", "good-4" }.Select(id => reports.FindAsync(id, CancellationToken.None)))).All(r => r is not null),
                "every good report stored");
            await ServiceHost.EventuallyAsync(async () => await vhost.QueueLengthAsync("submit-report_error") == 2, "both bad messages in the error queue");
            Assert.Null(await reports.FindAsync("bad", CancellationToken.None));
            Assert.Equal(0u, await vhost.QueueLengthAsync("submit-report"));
        }
        finally
        {
            await host.StopAsync();
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    private static ReportPayload Report(string id) => new()
    {
        Id = id,
        Source = "Reuters",
        SourceType = "wire",
        PublishedAt = "2023-10-06",
        Text = "An air strike on the market in Ariha, Idlib, killed 12 civilians on Thursday, witnesses said.",
    };

    private static async Task SendGarbageAsync(ScratchVirtualHost vhost, string queue)
    {
        await using var connection = await vhost.Client().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes("{\"message\": [unterminated"));
    }
}
