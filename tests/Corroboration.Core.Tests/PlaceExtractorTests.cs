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
    public void TheVillageWinsOverItsGovernorate()
    {
        var place = Where("Russian jets struck Al Bara in Idlib province, killing three.");
        Assert.Equal("Al Bara", place?.Place.Name);
    }

    [Fact]
    public void AGovernorateInTheLeadYieldsToTheTownTheNextSentenceNames()
    {
        var place = Where("Four children killed in regime shelling on Idlib. The shells hit the town of Ariha in the south of the province.");
        Assert.Equal("Ariha", place?.Place.Name);
    }

    [Fact]
    public void ATownInAnotherGovernorateDoesNotReplaceTheLeadsRegion()
    {
        var place = Where("Four children killed in regime shelling on Idlib. Displaced families had fled there from Qamishli.");
        Assert.Equal("Idlib", place?.Place.Admin1);
        Assert.NotEqual("Qamishli", place?.Place.Name);
    }

    [Fact]
    public void ArabicCliticPrefixesAreRemoved()
    {
        Assert.Equal("Qamishli", Where("قتيل بانفجار وبالقامشلي جرحى.")?.Place.Name);
    }

    [Fact]
    public void CountrysidePhrasesPointToTheGovernorate()
    {
        var place = Where("قصف مدفعي على ريف إدلب أدى لمقتل شخص.");
        Assert.Equal("Idlib", place?.Place.Admin1);
        Assert.True(place?.AsArea);
    }

    [Fact]
    public void MultiWordArabicNamesAreFound()
    {
        Assert.Equal("Jisr al-Shughur", Where("غارات روسية على مدينة جسر الشغور غربي إدلب.")?.Place.Name);
    }

    [Fact]
    public void EnglishTransliterationVariantsAreFound()
    {
        Assert.Equal("Idlib", Where("Shelling hit the countryside of Idleb, killing two.")?.Place.Admin1);
    }

    [Fact]
    public void ATownInAProvinceIsThatTownNotALookalike()
    {
        // Regression: "Ariha in" shared the consonant skeleton of "Al Rihaniya".
        var place = Where("Russian jets struck the town of Ariha in Idlib province, killing four civilians.");
        Assert.Equal("Ariha", place?.Place.Name);
        Assert.Equal("Idlib", place?.Place.Admin1);
    }

    [Fact]
    public void ANameSharedAcrossCountriesFollowsTheReportsCountry()
    {
        Assert.Equal("SY", Where("قصف روسي على مدينة أريحا جنوب إدلب في سوريا.")?.Place.Country);
        Assert.Equal("PS", Where("اقتحمت القوات الإسرائيلية مدينة أريحا في الضفة الغربية، فلسطين.")?.Place.Country);
    }

    [Fact]
    public void PlacesAbroadAreFoundWithTheirCountry()
    {
        var place = Where("An airstrike hit a house in Mosul, Iraq, killing five.");
        Assert.Equal("Mosul", place?.Place.Name);
        Assert.Equal("Iraq", place?.Place.CountryName);
        Assert.Equal("Yemen", Where("قتل ثلاثة مدنيين بقصف على مدينة تعز اليمنية.")?.Place.CountryName);
    }

    [Fact]
    public void TheWhiteHelmetsAreNoPlace()
    {
        Assert.Equal("Al Bara", Where("قال الدفاع المدني (الخوذ البيضاء) إن غارة على البارة قتلت رجلا.")?.Place.Name);
    }
}
