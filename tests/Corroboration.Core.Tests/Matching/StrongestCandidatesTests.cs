using System.Collections;
using Corroboration.Core.Matching.Clustering;

namespace Corroboration.Core.Tests.Matching;

/// <summary>The fifty candidates a claim keeps are the ones the service's index query ranks first.</summary>
public sealed class StrongestCandidatesTests
{
    [Theory]
    [InlineData(1, 0)]            // ids inc-000001 …: number order is id order
    [InlineData(2, 995_000)]      // across inc-999999 / inc-1000000, where only the spelling decides
    public void KeepsMostKindsThenMostKeysThenTheEarlierId(int seed, int firstNumber)
    {
        var random = new Random(seed);
        var ids = new IncidentIds();
        var kinds = new int[firstNumber + 12_000];
        var keys = new int[kinds.Length];
        var agreeing = Enumerable.Range(firstNumber, 10_000).OrderBy(_ => random.Next()).Take(1_500).ToList();
        var agreements = new int[kinds.Length];
        foreach (var number in agreeing)
        {
            // Few distinct strengths, so that many incidents tie at the cut and the id decides.
            kinds[number] = 1 << random.Next(4) | 1 << random.Next(4);
            keys[number] = int.PopCount(kinds[number]) + random.Next(3);
            agreements[number] = kinds[number] << StrongestCandidates.KindShift | keys[number];
        }
        var chosen = new List<int>();

        new StrongestCandidates((a, b) => string.CompareOrdinal(ids[a], ids[b])).Choose([.. agreeing], agreements, keysOfClaim: 36, count: 50, chosen);

        var expected = agreeing.OrderByDescending(n => int.PopCount(kinds[n])).ThenByDescending(n => keys[n])
            .ThenBy(n => ids[n], StringComparer.Ordinal).Take(50).ToList();
        Assert.Equal(expected.Order(), chosen.Order());
        var cut = expected[^1];
        Assert.Contains(agreeing.Except(expected), n => kinds[n] == kinds[cut] && keys[n] == keys[cut]);
    }

    [Fact]
    public void FewerAgreeingThanWantedAreAllKept()
    {
        var chosen = new List<int>();
        new StrongestCandidates((a, b) => a.CompareTo(b)).Choose([7, 3, 9], new int[10], keysOfClaim: 5, count: 50, chosen);
        Assert.Equal([7, 3, 9], chosen);
    }

    /// <summary>The clusterer's ids by number, without holding a million strings.</summary>
    private sealed class IncidentIds : IReadOnlyList<string>
    {
        public string this[int index] => $"inc-{index:D6}";

        public int Count => int.MaxValue;

        public IEnumerator<string> GetEnumerator() => throw new NotSupportedException();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
