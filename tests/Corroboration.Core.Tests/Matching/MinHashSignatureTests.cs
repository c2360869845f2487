using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

public class MinHashSignatureTests
{
    private static readonly string[] Fixed =
        ["airstrike", "market", "killed", "civilians", "wounded", "غارة", "سوق", "قتلى", "مدنيين"];

    [Fact]
    public void IdenticalSetsGiveIdenticalKeysWhateverTheOrder()
    {
        var terms = Terms("a", 0, 30);
        var keys = MinHashSignature.BandKeys(terms);

        Assert.Equal(MinHashSignature.Bands, keys.Count);
        Assert.Equal(keys, MinHashSignature.BandKeys(terms.AsEnumerable().Reverse()));
        Assert.Equal(keys, MinHashSignature.Of(terms).BandKeys());
    }

    [Fact]
    public void NearDuplicateSetsShareAKey()
    {
        // 40 shared of 45 each: Jaccard 40/50 = 0.8.
        var a = Terms("t", 0, 45);
        var b = Terms("t", 5, 45);

        Assert.NotEmpty(MinHashSignature.BandKeys(a).Intersect(MinHashSignature.BandKeys(b)));
    }

    [Fact]
    public void DisjointSetsShareNoKey()
    {
        var a = Terms("t", 0, 40);
        var b = Terms("t", 40, 40);

        Assert.Empty(MinHashSignature.BandKeys(a).Intersect(MinHashSignature.BandKeys(b)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(50)]
    [InlineData(67)]
    [InlineData(90)]
    [InlineData(100)]
    public void EstimatedJaccardIsWithinATenthOfTheTrueOne(int offset)
    {
        // Two runs of 100 terms, the second shifted by offset: (100 - offset) shared of (100 + offset).
        var jaccard = (100.0 - offset) / (100.0 + offset);
        var a = MinHashSignature.Of(Terms("w", 0, 100));
        var b = MinHashSignature.Of(Terms("w", offset, 100));

        Assert.InRange(a.EstimateJaccard(b), jaccard - 0.1, jaccard + 0.1);
    }

    [Fact]
    public void SetsAtJaccardPointThreeUsuallyShareAKey()
    {
        // 18 shared and 21 each of their own: 18/60 = 0.3; the S-curve says 0.85.
        var shared = Pairs(300, sharedCount: 18, ownCount: 21);
        Assert.InRange(shared, 0.78, 1.0);
    }

    [Fact]
    public void SetsAtJaccardPointZeroFiveRarelyShareAKey()
    {
        // 4 shared and 38 each of their own: 4/80 = 0.05; the S-curve says 0.049.
        var shared = Pairs(300, sharedCount: 4, ownCount: 38);
        Assert.InRange(shared, 0.0, 0.09);
    }

    [Fact]
    public void FewerThanThreeDistinctTermsGiveNoKeys()
    {
        Assert.Empty(MinHashSignature.BandKeys([]));
        Assert.Empty(MinHashSignature.BandKeys(["one", "two"]));
        Assert.Empty(MinHashSignature.BandKeys(["one", "two", "two", "one"]));
        Assert.Empty(MinHashSignature.Of(["one", "two"]).BandKeys());
        Assert.Equal(MinHashSignature.Bands, MinHashSignature.BandKeys(["one", "two", "three"]).Count);
    }

    [Fact]
    public void DuplicateTermsDoNotChangeTheSignature()
    {
        var once = MinHashSignature.Of(Fixed);
        var twice = MinHashSignature.Of(Fixed.Concat(Fixed));

        Assert.Equal(once.TermCount, twice.TermCount);
        Assert.True(once.Minima.SequenceEqual(twice.Minima));
    }

    [Fact]
    public void ManyTermsAndLongTermsAreSigned()
    {
        // Past the stack buffers: more than 128 terms, and a term longer than 256 UTF-8 bytes.
        var many = Terms("m", 0, 500).Append(new string('ق', 400)).ToArray();
        var signature = MinHashSignature.Of(many);

        Assert.Equal(501, signature.TermCount);
        Assert.Equal(MinHashSignature.BandKeys(many), signature.BandKeys());
    }

    [Fact]
    public void KeysAreFixedForAFixedInput()
    {
        // Computed once: a change of hash, seeds or layout changes every stored key, so it must show here.
        var keys = MinHashSignature.BandKeys(Fixed);

        Assert.Equal(MinHashSignature.Bands, keys.Count);
        Assert.Equal("m:0:e4a4fa573511434f", keys[0]);
        Assert.Equal("m:19:94545ceaee59b409", keys[19]);
        Assert.All(keys, k => Assert.Matches("^m:[0-9]{1,2}:[0-9a-f]{16}$", k));
    }

    [Fact]
    public void WordShinglesSlideOverTheNormalizedWords()
    {
        var shingles = MinHashSignature.WordShingles("Five killed in a market", 3).ToList();

        Assert.Equal(3, shingles.Count);
        Assert.All(shingles, s => Assert.Equal(3, s.Split(' ').Length));
        Assert.Single(MinHashSignature.WordShingles("two words", 3));
        Assert.Empty(MinHashSignature.WordShingles("", 3));
    }

    [Theory]
    [InlineData("five killed in a market")]
    [InlineData("two words")]
    [InlineData("one")]
    [InlineData("")]
    [InlineData("قصف مدفعي على أريحا وسقوط قتلى")]
    [InlineData("half a pair \ud83d then \udca5 and a whole \ud83d\udca5 pair")]
    public void ShinglesAreSignedAsTheirJoinedStringsWouldBe(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var signed = MinHashSignature.OfShingles(words);

        var expected = MinHashSignature.Of(MinHashSignature.WordShingles(words));
        Assert.Equal(expected.TermCount, signed.TermCount);
        Assert.Equal(expected.Minima.ToArray(), signed.Minima.ToArray());
    }

    [Fact]
    public void LongWordsAndLongTextsAreSignedAsTheirShinglesWouldBe()
    {
        // Past the stack's buffers: a shingle longer than 256 bytes, a text of more than 128 shingles.
        var words = Terms("w", 0, 300).Append(new string('x', 120)).Append(new string('ش', 90)).Append("end").ToArray();

        var signed = MinHashSignature.OfShingles(words);

        var expected = MinHashSignature.Of(MinHashSignature.WordShingles(words));
        Assert.Equal(expected.TermCount, signed.TermCount);
        Assert.Equal(expected.Minima.ToArray(), signed.Minima.ToArray());
    }

    private static string[] Terms(string prefix, int from, int count) =>
        Enumerable.Range(from, count).Select(i => $"{prefix}{i}").ToArray();

    /// <summary>The share of pairs of sets, each with its own words, that share a band key.</summary>
    private static double Pairs(int pairs, int sharedCount, int ownCount)
    {
        var hits = 0;
        for (var p = 0; p < pairs; p++)
        {
            var shared = Terms($"p{p}s", 0, sharedCount);
            var a = shared.Concat(Terms($"p{p}a", 0, ownCount));
            var b = shared.Concat(Terms($"p{p}b", 0, ownCount));
            if (MinHashSignature.BandKeys(a).Intersect(MinHashSignature.BandKeys(b)).Any())
            {
                hits++;
            }
        }
        return (double)hits / pairs;
    }
}
