using Corroboration.Contracts;
using Corroboration.Matching.Consumers;
using Corroboration.Matching.Data;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using Corroboration.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Matching.Tests;

/// <summary>
/// The Matching service with its consumer at a given concurrency, on SQLite or on the given
/// PostgreSQL database; its linkers link statement by statement (they may then run side by side)
/// unless the settings say otherwise.
/// </summary>
public sealed class ScaledMatchingHost : IAsyncDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    private readonly ServiceFactory<Program> _factory = new(bus => bus.AddMatchingConsumers());
    private readonly WebApplicationFactory<Program> _service;

    private ScaledMatchingHost(int concurrency, string? postgres, IReadOnlyDictionary<string, string>? settings)
    {
        _service = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting(ReportBatchIngestedConsumerDefinition.ConcurrencySetting, concurrency.ToString());
            builder.UseSetting(Extensions.LinkingSettingName, "stored");
            foreach (var (name, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(name, value);
            }
            if (postgres is not null)
            {
                builder.UseSetting("Database:Provider", "postgres");
                builder.UseSetting("Database:ConnectionString", postgres);
            }
            builder.ConfigureTestServices(services => services.AddConsumeObserver(_ => Tally));
        });
    }

    public ConsumeTally Tally { get; } = new();

    public ITestHarness Harness { get; private set; } = null!;

    public IServiceProvider Services => _service.Services;

    public DbConnectionFactory Database => Services.GetRequiredService<DbConnectionFactory>();

    public static async Task<ScaledMatchingHost> StartAsync(int concurrency, string? postgres = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new ScaledMatchingHost(concurrency, postgres, settings);
        host.Harness = host._service.Services.GetTestHarness();
        await host.Harness.Start();
        Assert.Equal(postgres is null ? SqlDialect.Sqlite : SqlDialect.Postgres, host.Database.Dialect);
        return host;
    }

    public async Task PublishAsync(IEnumerable<ReportIngested> messages)
    {
        foreach (var message in messages)
        {
            await Harness.Bus.Publish(Messages.Batch(message));
        }
    }

    /// <summary>Waits until this many messages have been consumed, failing at once should one fail for good.</summary>
    public async Task ConsumedAsync(int count)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Tally.Consumed < count)
        {
            Assert.False(Harness.Published.Select<Fault<ReportBatchIngested>>().Any(), "a ReportBatchIngested failed after its retries");
            Assert.True(clock.Elapsed < Deadline, $"only {Tally.Consumed} of {count} messages consumed in {Deadline}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until the outbox relay has published every announcement the linking wrote, and the test harness has seen each.</summary>
    public async Task AnnouncedAsync()
    {
        var outbox = Services.GetRequiredKeyedService<Outbox>(MatchingSchema.Service);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await outbox.PendingAsync() > 0 || Harness.Published.Select<IncidentChanged>().Count() < await WrittenAsync())
        {
            Assert.True(clock.Elapsed < Deadline, "the outbox relay did not publish everything");
            await Task.Delay(20);
        }
    }

    private async Task<long> WrittenAsync()
    {
        await using var connection = await Database.OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, $"SELECT COUNT(*) FROM {OutboxSchema.OutboxTable(MatchingSchema.Service)}");
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
