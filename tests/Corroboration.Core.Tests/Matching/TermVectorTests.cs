using System.Text.Json;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>An incident's centroid and its index words, and what a vector costs to hold.</summary>
public sealed class TermVectorTests
{
    [Fact]
    public void ACentroidKeepsTheHeaviestTermsAndTiesGoBySpelling()
    {
        var random = new Random(3);
        // Weights from a few values only, so that many terms tie and the tie rule decides.
        var vectors = Enumerable.Range(0, 40).Select(_ => new TermVector(Enumerable.Range(0, 60)
            .Select(_ => "w" + random.Next(400)).Distinct()
            .ToDictionary(term => term, _ => (double)random.Next(1, 4), StringComparer.Ordinal))).ToList();

        var centroid = IncidentProfile.Build(vectors.Select(terms =>
            new ClaimProfile("r", 0, "source", null, null, false, null, null, null, null, null, terms)).ToList()).Terms;

        // The definition: sum, sort heaviest first then by spelling, keep the first 80, normalize.
        var sums = CentroidDefinition.HeaviestSums(vectors);
        var norm = Math.Sqrt(sums.Sum(kv => kv.Value * kv.Value));
        Assert.True(sums.Count(kv => kv.Value == sums[^1].Value) > 1, "the cut falls among equal weights");
        Assert.Equal(sums.Select(kv => kv.Key), centroid.Weights.Keys);
        Assert.Equal(sums.Select(kv => kv.Value / norm), centroid.Weights.Values);
        Assert.Equal(sums.Take(8).Select(kv => kv.Key), centroid.TopTerms(8));
    }

    [Theory]
    [InlineData("Shelling on Ariha", "Shelling hit Ariha's market; shelling again at dusk")]
    [InlineData(null, "Five killed in Idlib")]
    [InlineData("قصف على أريحا", "\u0651قصف مدفعي على أريحا\u200f وسقوط قتلى")]
    [InlineData("half a pair \ud83d", "\udca5 then words and 'quoted' words")]
    [InlineData("ends with an apostrophe'", "'starts with one")]
    public void AReportsVectorFromItsSplitBodyIsTheVectorOfTitleAndBodyJoined(string? title, string body)
    {
        var joined = TermVector.FromText(title + "\n" + body);

        var split = TermVector.OfReport(title, Corroboration.Core.Text.Tokenizer.NormalizedWords(body));

        Assert.Equal(joined.Weights.ToList(), split.Weights.ToList());
    }

    [Fact]
    public void ReportsSharingAWordHoldOneStringOfIt()
    {
        // Texts built at run time, so that nothing but the vectors could make their words one string.
        var village = string.Concat("Kafr", "nabl");
        var first = TermVector.FromText($"Shelling hit {village} market on Monday");
        var second = TermVector.FromText($"{village}: market shelled, witnesses say");

        var inFirst = first.Weights.Keys.Single(term => term.Contains("kafrnabl", StringComparison.OrdinalIgnoreCase));
        var inSecond = second.Weights.Keys.Single(term => term.Contains("kafrnabl", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(inFirst, inSecond);
        Assert.Same(inFirst, inSecond);
    }

    [Fact]
    public void AVectorStoredAsJsonReadsBackWithItsTermsInOrder()
    {
        var vector = TermVector.FromText("Shelling hit the Kafrnabl market; the market was crowded, witnesses in Kafrnabl say");

        var json = JsonSerializer.Serialize(vector, InterchangeJson.Options);
        var back = JsonSerializer.Deserialize<TermVector>(json, InterchangeJson.Options)!;

        // The stored shape is a word-to-weight object, heaviest first, as the services' tables hold it.
        Assert.StartsWith("{\"weights\":{\"kafrnabl\":", json);
        Assert.Equal(vector.Weights.ToList(), back.Weights.ToList());
        Assert.Equal(vector.Script, back.Script);
        Assert.Equal(1.0, back.Cosine(vector), 12);
        Assert.True(back.Weights.TryGetValue("market", out var market) && market == vector.Weights["market"]);
        Assert.False(back.Weights.ContainsKey("the"));
    }
}
