using Corroboration.Contracts;
using Corroboration.Scoring.Scores;

namespace Corroboration.Scoring.Tests;

public class ScoreFeedTests
{
    private static IncidentScored Scored(string id, long version) => new(version, "test", new IncidentPayload { Id = id });

    [Fact]
    public void AWatcherSeesEachVersionOnceAndNeverAnOlderOneAfterANewer()
    {
        var feed = new ScoreFeed();
        var (_, reader) = feed.Subscribe();

        foreach (var scored in new[] { Scored("a", 1), Scored("a", 1), Scored("b", 1), Scored("a", 3), Scored("a", 2), Scored("b", 2) })
        {
            feed.Publish(scored);
        }

        var seen = new List<(string, long)>();
        while (reader.TryRead(out var scored))
        {
            seen.Add((scored.Incident.Id, scored.Version));
        }
        Assert.Equal([("a", 1L), ("b", 1L), ("a", 3L), ("b", 2L)], seen);
    }
}
