using Corroboration.Contracts;
using Corroboration.Protos.V1;

namespace Corroboration.Scoring.Tests;

/// <summary>
/// A Scoring service holding incidents that differ in every way ListScores filters and orders by
/// (dates and places with ties and gaps, one to four reports, several grades), and every current
/// score as read back, the reference the listings are checked against.
/// </summary>
public sealed class ListingCorpus : IAsyncLifetime
{
    private static readonly string?[] Dates = ["2023-09-20", "2023-10-01", "2023-10-05", "2023-10-05", "2023-11-12", null];
    private static readonly string?[] Places = ["Idlib", "Ariha", "Aleppo", "Maarat al-Numan", "إدلب", "idlib countryside", null];
    private static readonly (string Source, string Type)[] Sources =
        [("Amnesty International", "ngo"), ("Reuters", "wire"), ("Local Monitor", "local"), ("@witness", "social"), ("Ministry of Defence", "government")];

    public const int Count = 23;

    public ScoringHost Host { get; private set; } = null!;

    /// <summary>Every current score, in incident id order.</summary>
    public List<ScoredIncident> All { get; private set; } = [];

    public async Task InitializeAsync() => await StartAsync(postgres: null);

    public async Task StartAsync(string? postgres)
    {
        Host = await ScoringHost.StartAsync(postgres: postgres);
        var random = new Random(7);
        for (var i = 0; i < Count; i++)
        {
            var id = $"inc-{i:D2}";
            var claim = new ClaimPayload
            {
                OccurredOn = Dates[random.Next(Dates.Length)],
                Place = Places[random.Next(Places.Length)],
                KilledMin = 3,
                KilledMax = 5,
                Perpetrator = "Russia",
            };
            var members = Enumerable.Range(0, 1 + random.Next(4)).Select(k =>
            {
                var (source, type) = Sources[random.Next(Sources.Length)];
                return new IncidentMember($"{id}-r{k}", 0, source, type, "2023-12-01", null, claim);
            }).ToArray();
            await Host.ChangeAsync(id, 1, members);
        }
        All = [.. (await Host.Client.ListScoresAsync(new ListScoresRequest { PageSize = 500 })).Scores];
        Assert.Equal(Count, All.Count);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
