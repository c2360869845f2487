using Corroboration.Contracts;
using Corroboration.Core.Scoring;
using Corroboration.Protos.V1;
using Corroboration.Scoring.Consumers;
using Corroboration.Scoring.Data;
using Corroboration.Testing;
using Grpc.Core;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corroboration.Scoring.Tests;

/// <summary>
/// IncidentChanged scored in batches: each batch here is exactly the messages a step sends, as
/// the batch waits long enough for all of them, so they are scored in one transaction.
/// </summary>
public class BatchScoringTests
{
    private static readonly IncidentMember Ngo = Messages.Member("amnesty", "Amnesty International", "ngo");
    private static readonly IncidentMember Wire = Messages.Member("reuters", "Reuters", "wire");
    private static readonly IncidentMember Post = Messages.Member("post", "@someone", "social");

    private static Task<ScoringHost> StartAsync(int batchSize, string? postgres = null) => ScoringHost.StartAsync(postgres: postgres, more: new Dictionary<string, string>
    {
        [IncidentChangedConsumerDefinition.BatchSizeSetting] = batchSize.ToString(),
        [IncidentChangedConsumerDefinition.BatchTimeLimitSetting] = "00:00:30",
    });

    private static async Task<List<Guid>> SendAsync(ScoringHost host, params IncidentChanged[] changes)
    {
        var ids = changes.Select(_ => Guid.NewGuid()).ToList();
        foreach (var (change, id) in changes.Zip(ids))
        {
            await host.Harness.Bus.Publish(change, context => context.MessageId = id);
        }
        foreach (var id in ids)
        {
            await host.ConsumedAsync(m => m.Context.MessageId == id);
        }
        return ids;
    }

    [Fact]
    public Task ABatchScoresAsChangesOneAtATimeWould() => ScoresAsOneAtATimeAsync(postgres: null);

    [PostgresFact]
    public async Task ABatchScoresAsChangesOneAtATimeWouldOnPostgres()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        await ScoresAsOneAtATimeAsync(database.ConnectionString);
    }

    private static async Task ScoresAsOneAtATimeAsync(string? postgres)
    {
        await using var host = await StartAsync(batchSize: 6, postgres);

        await SendAsync(host, Messages.Changed("inc-1", 1, Ngo), Messages.Changed("inc-1", 3, Ngo, Wire), Messages.Changed("inc-1", 2, Ngo),
            Messages.Changed("inc-2", 1, Post), Messages.Changed("inc-2", 2), Messages.Changed("inc-3", 1, Wire));

        // inc-1: versions 1 and 3 stored as score versions 1 and 2; Matching's version 2 came too late.
        Assert.Equal([(2L, "fair", "test v3"), (1L, "weak", "test v1")], (await host.HistoryAsync("inc-1")).Select(v => (v.Version, v.Grade, v.Reason)));
        Assert.Equal(StatusCode.NotFound, (await ScoringHost.FailsAsync(host.Client.GetScoreAsync(new GetScoreRequest { IncidentId = "inc-2" }))).StatusCode);
        Assert.Equal(1, (await host.ScoreAsync("inc-3")).Version);
        var announced = await host.Harness.Published.SelectAsync<IncidentScored>().Select(m => (m.Context.Message.Incident.Id, m.Context.Message.Version)).ToListAsync();
        Assert.Equal([("inc-1", 1L), ("inc-1", 2L), ("inc-2", 1L), ("inc-3", 1L)], announced.Order()); // inc-2 was scored before it was merged away
        Assert.Equal(["inc-1"], await IncidentsOfAsync(host, Ngo));
        Assert.Equal(["inc-1", "inc-3"], await IncidentsOfAsync(host, Wire));
        Assert.Empty(await IncidentsOfAsync(host, Post));

        // The next batch starts from the stored scores, and lays an analyst's verdict over a new one.
        await host.Client.FlagIncidentAsync(new FlagIncidentRequest { IncidentId = "inc-3", Verdict = Verdict.Refuted, Analyst = "dave", Reason = "wrong town" });
        await SendAsync(host, [Messages.Changed("inc-1", 4, Wire), Messages.Changed("inc-3", 2, Wire, Ngo),
            .. Enumerable.Range(4, 4).Select(i => Messages.Changed($"inc-{i}", 1, Post))]);

        // (Learning from the verdict may revise scores before or after, so versions are counted, not named.)
        var history = await host.HistoryAsync("inc-1");
        Assert.Equal(Enumerable.Range(1, history.Count).Reverse().Select(v => (long)v), history.Select(v => v.Version));
        Assert.Contains(history, v => v.Reason == "test v4");
        var refuted = (await host.HistoryAsync("inc-3")).Single(v => v.Reason == "test v2");
        Assert.Equal(("discounted", "refuted"), (refuted.Grade, refuted.Verdict));
        Assert.Equal(["inc-3"], await IncidentsOfAsync(host, Ngo));
    }

    [Fact]
    public async Task APoisonChangeFaultsAloneAndTheRestOfItsBatchIsScored()
    {
        await using var host = await StartAsync(batchSize: 3);

        var ids = await SendAsync(host, Messages.Changed("inc-a", 1, Ngo), Messages.Changed("inc-p", 1, Wire) with { Members = null! }, Messages.Changed("inc-c", 1, Wire));

        Assert.True(await host.Harness.Published.Any<Fault<IncidentChanged>>(m => m.Context.Message.FaultedMessageId == ids[1]));
        Assert.Equal(1, (await ScoringHost.EventuallyAsync(async () => await CurrentVersionAsync(host, "inc-c"), v => v == 1)));
        Assert.Equal(1, (await host.ScoreAsync("inc-a")).Version);
        var faults = await host.Harness.Published.SelectAsync<Fault<IncidentChanged>>().ToListAsync();
        Assert.All(faults, f => Assert.Equal("inc-p", f.Context.Message.Message.IncidentId));
    }

    private static async Task<long> CurrentVersionAsync(ScoringHost host, string incidentId) =>
        (await host.Services.GetRequiredService<ScoreStore>().FindAsync(incidentId, CancellationToken.None))?.Version ?? 0;

    private static async Task<List<string>> IncidentsOfAsync(ScoringHost host, IncidentMember member) =>
        await host.Services.GetRequiredService<ScoreStore>().IncidentsOfSourceAsync(SourceNames.Key(member.Source), CancellationToken.None);
}
