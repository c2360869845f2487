using System.Diagnostics;
using Corroboration.Contracts;
using Corroboration.Protos.V1;
using Corroboration.Testing;
using Grpc.Core;
using MassTransit.Testing;

namespace Corroboration.Scoring.Tests;

/// <summary>The Scoring service under test, its client, and the steps the tests share.</summary>
public sealed class ScoringHost : IAsyncDisposable
{
    private readonly ServiceFactory<Program> _factory;

    private ScoringHost(IReadOnlyDictionary<string, string>? settings)
    {
        _factory = new(bus => bus.AddScoringConsumers(), settings);
        Client = new ScoringService.ScoringServiceClient(_factory.CreateChannel());
    }

    public ITestHarness Harness { get; private set; } = null!;

    public ScoringService.ScoringServiceClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="relearnSeconds">Scoring:RelearnSeconds; by default learning follows only analysts' changes within a test's time.</param>
    /// <param name="postgres">A PostgreSQL database to use instead of a SQLite file.</param>
    /// <param name="more">Any other settings.</param>
    public static async Task<ScoringHost> StartAsync(int? relearnSeconds = null, string? postgres = null, IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string>(more ?? new Dictionary<string, string>());
        if (relearnSeconds is { } seconds)
        {
            settings["Scoring:RelearnSeconds"] = seconds.ToString();
        }
        if (postgres is not null)
        {
            settings["Database:Provider"] = "postgres";
            settings["Database:ConnectionString"] = postgres;
        }
        var host = new ScoringHost(settings);
        host.Harness = await host._factory.StartHarnessAsync();
        return host;
    }

    /// <summary>Matching changes an incident; returns once Scoring has consumed it.</summary>
    public async Task ChangeAsync(string incidentId, long version, params IncidentMember[] members)
    {
        await Harness.Bus.Publish(Messages.Changed(incidentId, version, members));
        await ConsumedAsync(m => m.Context.Message.IncidentId == incidentId && m.Context.Message.Version == version);
    }

    /// <summary>
    /// Waits until Scoring has consumed a change: changes wait up to a batch's time limit, and
    /// once the bus has been quiet for a while the harness answers at once, so it is asked again.
    /// </summary>
    public async Task ConsumedAsync(FilterDelegate<IReceivedMessage<IncidentChanged>> filter) =>
        Assert.True(await EventuallyAsync(() => Harness.Consumed.Any(filter), consumed => consumed));

    public async Task<ScoredIncident> ScoreAsync(string incidentId) =>
        await Client.GetScoreAsync(new GetScoreRequest { IncidentId = incidentId });

    public async Task<List<ScoredIncident>> HistoryAsync(string incidentId) =>
        [.. (await Client.GetScoreHistoryAsync(new GetScoreHistoryRequest { IncidentId = incidentId })).Versions];

    public async Task<SourceReliability> SourceAsync(string source) =>
        await Client.GetSourceReliabilityAsync(new GetSourceReliabilityRequest { Source = source });

    /// <summary>Waits for background learning: asks until <paramref name="reached"/> holds, for at most 20 s.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> reached)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (reached(value) || stopwatch.Elapsed > TimeSpan.FromSeconds(20))
            {
                return value;
            }
            await Task.Delay(100);
        }
    }

    public static async Task<RpcException> FailsAsync<T>(AsyncUnaryCall<T> call) =>
        await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    public static IEnumerable<string> Fields(RpcException error) =>
        error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order();

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
