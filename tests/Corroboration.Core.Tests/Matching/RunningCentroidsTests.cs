using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>
/// An incident that grows keeps running sums of its centroids; its profile must be the one
/// summed afresh from all its members, to the last bit, or clustering would change.
/// </summary>
public sealed class RunningCentroidsTests
{
    [Fact]
    public void AGrowingIncidentHasTheCentroidsOfAllItsMembersSummedAfresh()
    {
        var random = new Random(5);
        // Latin members first, then Arabic ones among them: the per-script centroids start midway.
        var claims = Enumerable.Range(0, 60).Select(i => Claim(random, arabic: i >= 20 && i % 3 == 0)).ToList();
        var running = new RunningCentroids();
        var members = new List<ClaimProfile>();
        foreach (var claim in claims)
        {
            members.Add(claim);
            AssertSameCentroids(IncidentProfile.Build(members), IncidentProfile.Build(members, running));
        }
    }

    [Fact]
    public void MembersThatAreNotTheSummedOnesFollowedByNewOnesAreSummedAfresh()
    {
        var random = new Random(8);
        var claims = Enumerable.Range(0, 30).Select(i => Claim(random, arabic: i % 4 == 1)).ToList();
        var running = new RunningCentroids();
        IncidentProfile.Build(claims[..20], running);

        // Fewer members than were summed, then as many but others, then one more with the first one changed.
        AssertSameCentroids(IncidentProfile.Build(claims[..10]), IncidentProfile.Build(claims[..10], running));
        AssertSameCentroids(IncidentProfile.Build(claims[10..]), IncidentProfile.Build(claims[10..], running));
        List<ClaimProfile> changed = [claims[0], .. claims[11..]];
        AssertSameCentroids(IncidentProfile.Build(changed), IncidentProfile.Build(changed, running));
    }

    private static void AssertSameCentroids(IncidentProfile expected, IncidentProfile actual)
    {
        AssertSameVector(expected.Terms, actual.Terms);
        Assert.Equal(expected.TermsByScript!.Keys, actual.TermsByScript!.Keys);
        foreach (var (script, vector) in expected.TermsByScript)
        {
            AssertSameVector(vector, actual.TermsByScript[script]);
        }
    }

    private static void AssertSameVector(TermVector expected, TermVector actual)
    {
        Assert.Equal(expected.Weights.Keys, actual.Weights.Keys);
        Assert.Equal(expected.Weights.Values, actual.Weights.Values); // exactly: the same sums in the same order
    }

    /// <summary>A claim whose words come from a small vocabulary with few distinct weights, so that terms tie.</summary>
    private static ClaimProfile Claim(Random random, bool arabic)
    {
        var words = Enumerable.Range(0, 50).Select(_ => (arabic ? "كلمة" : "word") + random.Next(300)).Distinct()
            .ToDictionary(word => word, _ => random.Next(1, 4) / 3.0, StringComparer.Ordinal);
        return new ClaimProfile($"r{random.Next()}", 0, "source", null, null, false, null, null, null, null, null, new TermVector(words));
    }
}
