using Corroboration.Contracts;
using Corroboration.Core.Matching;
using Corroboration.Ingest;
using Corroboration.Ingest.Intake;
using Corroboration.Matching;
using Corroboration.Matching.Linking;
using Corroboration.Scoring;
using Corroboration.Scoring.Data;
using Corroboration.ServiceDefaults;
using Corroboration.Storage;
using Corroboration.Storage.Outbox;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Corroboration.Cli.Pipeline;

/// <summary>
/// Ingest, Matching and Scoring in this process, as the all-in-one host runs them (in-memory
/// bus, one SQLite file) but without a server: reports go straight to the intake.
/// </summary>
public sealed class EmbeddedPipeline : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedPipeline(IHost host) => _host = host;

    public PipelineTracker Tracker => _host.Services.GetRequiredService<PipelineTracker>();

    public static async Task<EmbeddedPipeline> StartAsync(string databaseFile, MatchModel model, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["Database:ConnectionString"] = $"Data Source={databaseFile}",
            ["Bus:Transport"] = "inmemory",
            // A batch is scored with the priors alone, so the same input always gives the same output.
            ["Scoring:RelearnSeconds"] = "0",
        });
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCorroborationStorage(builder.Configuration);
        builder.Services.AddIngest().AddMatching().AddScoring();
        builder.Services.AddSingleton(new MatchModelSource(new MatchWeights { Model = model }, "corro")); // the last registration wins: replaces the default model
        builder.Services.AddCorroborationBus(builder.Configuration, bus => bus.AddIngestConsumers().AddMatchingConsumers().AddScoringConsumers());
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.Services.AddSingleton<PipelineTracker>();
        builder.Services.AddPublishObserver(sp => sp.GetRequiredService<PipelineTracker>());
        builder.Services.AddReceiveObserver(sp => sp.GetRequiredService<PipelineTracker>());
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedPipeline(host);
    }

    public async Task<IntakeResult> SubmitAsync(ReportPayload report, CancellationToken cancellationToken)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportIntake>().SubmitAsync(report, cancellationToken);
    }

    /// <summary>
    /// Waits until matching and scoring have run dry: no message on the bus and none waiting in an
    /// outbox. Messages can only be written by consumers of messages in flight, so when nothing was
    /// in flight, nor published, from before the outboxes were found empty until after, none can
    /// have been written meanwhile.
    /// </summary>
    public async Task WaitUntilIdleAsync(Action onTick, CancellationToken cancellationToken)
    {
        var outboxes = _host.Services.GetServices<OutboxRelay>().Select(relay => relay.Outbox).ToList();
        while (true)
        {
            await Tracker.WaitUntilIdleAsync(onTick, cancellationToken);
            var published = Tracker.Published;
            var waiting = 0L;
            if (Tracker.Pending == 0)
            {
                foreach (var outbox in outboxes)
                {
                    waiting += await outbox.PendingAsync(cancellationToken);
                }
                if (waiting == 0 && Tracker.Pending == 0 && Tracker.Published == published)
                {
                    return;
                }
            }
            onTick();
            await Task.Delay(waiting > 0 ? 20 : 1, cancellationToken);
        }
    }

    /// <summary>Every current incident score, in id order.</summary>
    public async IAsyncEnumerable<string> IncidentJsonAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var store = _host.Services.GetRequiredService<ScoreStore>();
        ScorePosition? after = null;
        while (true)
        {
            var page = await store.ListAsync(new ScoreQuery(Paging.MaxPageSize, ScoreOrder.ById, after, null, 0), cancellationToken);
            foreach (var row in page)
            {
                yield return row.IncidentJson;
            }
            if (page.Count < Paging.MaxPageSize)
            {
                yield break;
            }
            after = ScoreOrder.ById.PositionOf(page[^1]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
