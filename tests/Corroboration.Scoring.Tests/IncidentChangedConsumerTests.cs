using Corroboration.Contracts;
using Corroboration.Protos.V1;
using Corroboration.Testing;
using Grpc.Core;
using MassTransit.Testing;

namespace Corroboration.Scoring.Tests;

public class IncidentChangedConsumerTests
{
    private static readonly IncidentMember Ngo = Messages.Member("amnesty", "Amnesty International", "ngo");
    private static readonly IncidentMember Wire = Messages.Member("reuters", "Reuters", "wire");

    [Fact]
    public async Task AChangedIncidentIsScoredStoredAndAnnounced()
    {
        await using var host = await ScoringHost.StartAsync();

        await host.ChangeAsync("inc-1", 1, Ngo);
        await host.ChangeAsync("inc-1", 2, Ngo, Wire);

        var score = await host.Client.GetScoreAsync(new GetScoreRequest { IncidentId = "inc-1" });
        Assert.Equal("fair", score.Grade);
        Assert.Equal(2, score.Version);
        Assert.Equal(2, score.IndependentSources);
        Assert.True(await host.Harness.Published.Any<IncidentScored>(m => m.Context.Message.Incident.Grade == "weak"));
        Assert.True(await host.Harness.Published.Any<IncidentScored>(m => m.Context.Message.Incident.Grade == "fair"));
    }

    [Fact]
    public async Task AnOlderChangeArrivingLateIsIgnored()
    {
        await using var host = await ScoringHost.StartAsync();

        await host.ChangeAsync("inc-1", 2, Ngo, Wire);
        await host.ChangeAsync("inc-1", 1, Ngo);

        var score = await host.Client.GetScoreAsync(new GetScoreRequest { IncidentId = "inc-1" });
        Assert.Equal(("fair", 1L), (score.Grade, score.Version));
    }

    [Fact]
    public async Task AnIncidentMergedAwayDisappearsFromTheScores()
    {
        await using var host = await ScoringHost.StartAsync();

        await host.ChangeAsync("inc-1", 1, Ngo);
        await host.ChangeAsync("inc-1", 2);

        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.GetScoreAsync(new GetScoreRequest { IncidentId = "inc-1" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Empty((await host.Client.ListScoresAsync(new ListScoresRequest())).Scores);
    }

    [Fact]
    public async Task ScoresCanBeListedByGradeAndMinimumConfidence()
    {
        await using var host = await ScoringHost.StartAsync();
        await host.ChangeAsync("inc-1", 1, Ngo, Wire);
        await host.ChangeAsync("inc-2", 1, Messages.Member("post", "@someone", "social"));

        var fair = await host.Client.ListScoresAsync(new ListScoresRequest { Grade = "fair" });
        var confident = await host.Client.ListScoresAsync(new ListScoresRequest { MinConfidence = 0.95 });
        var bad = await Assert.ThrowsAsync<RpcException>(() => host.Client.ListScoresAsync(new ListScoresRequest { Grade = "excellent" }).ResponseAsync);

        Assert.Equal("inc-1", fair.Scores.Single().Id);
        Assert.All(confident.Scores, s => Assert.True(s.Confidence >= 0.95));
        Assert.DoesNotContain(confident.Scores, s => s.Id == "inc-2");
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
    }

    [Fact]
    public async Task WatchersReceiveEveryNewScore()
    {
        await using var host = await ScoringHost.StartAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var watch = host.Client.WatchScores(new WatchScoresRequest(), cancellationToken: cancel.Token);
        await watch.ResponseHeadersAsync; // subscribed: the change below cannot slip past it

        await host.ChangeAsync("inc-7", 1, Ngo);

        Assert.True(await watch.ResponseStream.MoveNext(cancel.Token));
        Assert.Equal("inc-7", watch.ResponseStream.Current.Id);
    }
}
