using Corroboration.Protos.V1;
using Corroboration.Testing;
using Grpc.Core;

namespace Corroboration.Scoring.Tests;

/// <summary>ListScores filters, orders and pages in SQL, on SQLite and on PostgreSQL alike.</summary>
public sealed class ListScoresTests(ListingCorpus corpus) : IClassFixture<ListingCorpus>
{
    private const int PageSize = 4;

    public static TheoryData<string> Cases => [.. ListingCase.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachFilterAndOrderListsPageByPageWhatTheScoresHold(string name) =>
        await AssertListsAsync(corpus, ListingCase.All.Single(c => c.Name == name));

    [PostgresFact]
    public async Task EveryFilterAndOrderListsTheSameOnPostgres()
    {
        await using var database = await ScratchDatabase.CreateAsync();
        var postgres = new ListingCorpus();
        await postgres.StartAsync(database.ConnectionString);
        try
        {
            foreach (var listing in ListingCase.All)
            {
                await AssertListsAsync(postgres, listing);
            }
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    [Fact]
    public async Task APageTokenContinuesWhereThePageEndedWhenScoresArriveInBetween()
    {
        await using var host = await ScoringHost.StartAsync();
        for (var i = 0; i < 6; i++)
        {
            await host.ChangeAsync($"inc-{i}", 1, Messages.Member($"r{i}", "Reuters", "wire"));
        }
        var request = new ListScoresRequest { PageSize = 3, OrderBy = "confidence desc" };
        var first = await host.Client.ListScoresAsync(request);

        // Six equal scores list by incident id, descending too. A better-corroborated incident now
        // sorts before the first page: the second page must not shift back onto the first one's rows.
        await host.ChangeAsync("inc-new", 1, Messages.Member("a", "Amnesty International", "ngo"), Messages.Member("b", "Reuters", "wire"));
        var second = await host.Client.ListScoresAsync(new ListScoresRequest(request) { PageToken = first.NextPageToken });

        Assert.True(second.Scores[0].Confidence < (await host.ScoreAsync("inc-new")).Confidence);
        Assert.Equal(Enumerable.Range(0, 6).Reverse().Select(i => $"inc-{i}"), first.Scores.Concat(second.Scores).Select(s => s.Id));
    }

    [Fact]
    public async Task BadFiltersAreRejectedTogetherNamingEachField()
    {
        var error = await ScoringHost.FailsAsync(corpus.Host.Client.ListScoresAsync(new ListScoresRequest
        {
            OrderBy = "loudness desc",
            OccurredFrom = "5 October",
            Grade = "excellent",
            MinConfidence = 2,
            IncidentIds = { Enumerable.Range(0, 1001).Select(i => $"inc-{i}") },
        }));
        var backwards = await ScoringHost.FailsAsync(corpus.Host.Client.ListScoresAsync(new ListScoresRequest { OccurredFrom = "2023-10-05", OccurredTo = "2023-10-01" }));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["grade", "incidentIds", "minConfidence", "occurredFrom", "orderBy"], ScoringHost.Fields(error));
        Assert.Equal(["occurredTo"], ScoringHost.Fields(backwards));
    }

    [Fact]
    public async Task APageTokenIsRefusedUnderAnotherOrderOrWhenMadeUp()
    {
        var client = corpus.Host.Client;
        var byConfidence = await client.ListScoresAsync(new ListScoresRequest { PageSize = 2, OrderBy = "confidence" });

        var otherOrder = await ScoringHost.FailsAsync(client.ListScoresAsync(new ListScoresRequest { PageSize = 2, OrderBy = "place", PageToken = byConfidence.NextPageToken }));
        var madeUp = await ScoringHost.FailsAsync(client.ListScoresAsync(new ListScoresRequest { PageToken = "inc-05" }));

        Assert.NotEmpty(byConfidence.NextPageToken);
        Assert.Equal(["pageToken"], ScoringHost.Fields(otherOrder));
        Assert.Equal(["pageToken"], ScoringHost.Fields(madeUp));
    }

    /// <summary>Pages through the case's listing and checks it against the scores, and that the case is not trivial.</summary>
    private static async Task AssertListsAsync(ListingCorpus corpus, ListingCase listing)
    {
        var expected = listing.Expected(corpus.All);
        var request = listing.Request(corpus.All);
        request.OrderBy = listing.OrderBy;
        request.PageSize = PageSize;
        var listed = new List<ScoredIncident>();
        var pages = 0;
        do
        {
            var page = await corpus.Host.Client.ListScoresAsync(request);
            Assert.InRange(page.Scores.Count, 0, PageSize);
            listed.AddRange(page.Scores);
            request.PageToken = page.NextPageToken;
            pages++;
        }
        while (request.PageToken.Length > 0 && pages <= ListingCorpus.Count);

        Assert.Equal(expected.Select(s => s.Id), listed.Select(s => s.Id));
        Assert.True(expected.Count > PageSize, $"{listing}: {expected.Count} scores make no second page");
        var filters = listing.Request(corpus.All);
        Assert.True(filters.Equals(new ListScoresRequest()) || expected.Count < corpus.All.Count, $"{listing}: filters nothing");
        Assert.True(listing.OrderBy.Length == 0 || !expected.Select(s => s.Id).SequenceEqual(corpus.All.Select(s => s.Id).Where(expected.Select(s => s.Id).Contains)),
            $"{listing}: lists in incident id order anyway");
    }
}
