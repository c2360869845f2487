using System.Text.Json;
using Corroboration.Core.Interchange;
using Corroboration.Core.Matching;

namespace Corroboration.Core.Tests.Matching;

/// <summary>
/// Member rows store their claim's terms with <see cref="TermWeightsJson"/>: the text must be
/// exactly what the serializer writes, since rows written either way are compared as text.
/// </summary>
public sealed class TermWeightsJsonTests
{
    public static TheoryData<string> Texts => new()
    {
        "",
        "airstrike",
        "Airstrike on Kafrnabl killed seven civilians, the White Helmets said; airstrike airstrike Kafrnabl",
        "غارة جوية على مدينة حمص أدت إلى مقتل سبعة مدنيين في حمص غارة",
        string.Join(' ', Enumerable.Range(0, 400).Select(i => $"word{i % 37}x{i}")),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheTermsOfATextAreWrittenAsTheSerializerWritesThem(string text)
    {
        var vector = TermVector.FromText(text);

        Assert.Equal(JsonSerializer.Serialize(vector.Weights, InterchangeJson.Options), TermWeightsJson.Write(vector));
    }

    [Fact]
    public void WeightsThatRepeatOrDifferOnlyInSignAndWordsThatNeedEscapingAreWrittenAsTheSerializerWritesThem()
    {
        var weights = new Dictionary<string, double>
        {
            ["a\"quote"] = 0.25, ["back\\slash"] = 0.25, ["tab\there"] = 0.1, ["<tag>"] = 0.1, ["zero"] = 0.0, ["negative zero"] = -0.0,
            ["small"] = 1e-300, ["also small"] = 1e-300, ["third"] = 1.0 / 3, ["مدينة"] = 1.0 / 3, ["\u0001control"] = 2.5e17,
        };
        var vector = new TermVector(weights);

        var written = TermWeightsJson.Write(vector);

        Assert.Equal(JsonSerializer.Serialize(vector.Weights, InterchangeJson.Options), written);
        Assert.Contains("\"negative zero\":-0", written);
        Assert.Equal(weights, ReadBack(written));
    }

    private static Dictionary<string, double> ReadBack(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, double>>(json, InterchangeJson.Options)!;
}
