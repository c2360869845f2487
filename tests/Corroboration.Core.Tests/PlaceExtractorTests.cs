using Corroboration.Core.Extraction;

namespace Corroboration.Core.Tests;

public class PlaceExtractorTests
{
    private static PlaceMention? Where(string text)
    {
        var extractor = new PlaceExtractor(TestGazetteer.Instance);
        var t = new ReportText(null, text);
        return extractor.Pick(extractor.Mentions(t), t, IncidentCues.IncidentSentence(t));
    }

    [Fact]
    public void The_village_wins_over_its_governorate()
    {
        var place = Where("Russian jets struck Al Bara in Idlib province, killing three.");
        Assert.Equal("Al Bara", place?.Place.Name);
    }

    [Fact]
    public void Arabic_clitic_prefixes_are_removed()
    {
        Assert.Equal("Qamishli", Where("قتيل بانفجار وبالقامشلي جرحى.")?.Place.Name);
    }

    [Fact]
    public void Countryside_phrases_point_to_the_governorate()
    {
        var place = Where("قصف مدفعي على ريف إدلب أدى لمقتل شخص.");
        Assert.Equal("Idlib", place?.Place.Admin1);
        Assert.True(place?.AsArea);
    }

    [Fact]
    public void Multi_word_arabic_names_are_found()
    {
        Assert.Equal("Jisr al-Shughur", Where("غارات روسية على مدينة جسر الشغور غربي إدلب.")?.Place.Name);
    }

    [Fact]
    public void English_transliteration_variants_are_found()
    {
        Assert.Equal("Idlib", Where("Shelling hit the countryside of Idleb, killing two.")?.Place.Admin1);
    }
}
